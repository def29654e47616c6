package io.newswire.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the configuration reference ({@code docs/configuration.md}) from the {@link Setting} definitions; the
 * build runs it, so the reference cannot drift from what the code accepts.
 */
public final class SettingsReference {

    private SettingsReference() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/configuration.md");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, markdown());
    }

    static String markdown() {
        StringBuilder out = new StringBuilder("""
                # Configuration reference

                Generated from `io.newswire.config.Setting` by the build; do not edit by hand.

                Each setting is taken from the first of: command-line flags (`--bootstrap-servers`, `-X key=value`),
                the `--config` properties file, the environment (the variable below), the default. A value that does
                not parse or validate stops the command at start with the key and where the value came from.
                Keys under `kafka.` are passed to every Kafka client with the prefix removed
                (`NEWSWIRE_KAFKA_SASL_MECHANISM` sets `sasl.mechanism`).

                | key | environment variable | type | default | valid values | description |
                |---|---|---|---|---|---|
                """);
        String home = System.getProperty("user.home");
        for (Setting setting : Setting.values()) {
            String defaultValue = setting.defaultValue().startsWith(home + "/") ? "~" + setting.defaultValue().substring(home.length())
                    : setting.defaultValue();
            out.append("| `").append(setting.key()).append("` | `").append(setting.envVar()).append("` | ")
                    .append(setting.type().name().toLowerCase(java.util.Locale.ROOT)).append(" | `").append(defaultValue).append("` | ")
                    .append(setting.validator() == null ? "" : setting.validator().toString()).append(" | ")
                    .append(setting.documentation().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
