package io.newswire.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsReferenceTest {

    @Test
    void shouldDocumentEverySettingWithItsEnvironmentVariableAndValidValues() {
        String reference = SettingsReference.markdown();
        for (Setting setting : Setting.values()) {
            assertTrue(reference.contains("| `" + setting.key() + "` | `" + setting.envVar() + "` |"), setting.key());
        }
        assertTrue(reference.contains("| `api.port` | `NEWSWIRE_API_PORT` | int | `8080` | [1,...,65535] |"), reference);
    }

    @Test
    void shouldRejectAValueOutsideItsDefinedRangeNamingWhereItCameFrom() {
        ConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigurationException.class,
                () -> NewswireConfig.defaults(java.util.Map.of("api.port", "70000")));
        assertTrue(e.getMessage().contains("api.port") && e.getMessage().contains("(from the command line)"), e.getMessage());
    }
}
