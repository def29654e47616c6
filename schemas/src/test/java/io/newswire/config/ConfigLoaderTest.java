package io.newswire.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseDefaultsWhenNothingIsSet() {
        NewswireConfig config = ConfigLoader.load(null, Map.of(), Map.of());
        assertEquals("localhost:9092", config.bootstrapServers());
        assertEquals(Duration.ofMillis(50), config.commitInterval());
        assertEquals("news.articles.raw", config.topicName(Setting.TOPIC_RAW));
    }

    @Test
    void shouldPreferFileOverEnvironmentOverDefaults() throws IOException {
        Path file = write("bootstrap.servers=file:9092\n");
        NewswireConfig config = ConfigLoader.load(file,
                Map.of("NEWSWIRE_BOOTSTRAP_SERVERS", "env:9092", "NEWSWIRE_SCHEMA_REGISTRY_URL", "http://env:8081"), Map.of());
        assertEquals("file:9092", config.bootstrapServers());
        assertEquals("http://env:8081", config.schemaRegistryUrl());
    }

    @Test
    void shouldPreferCommandLineOverFile() throws IOException {
        Path file = write("bootstrap.servers=file:9092\n");
        assertEquals("cli:9092", ConfigLoader.load(file, Map.of(), Map.of("bootstrap.servers", "cli:9092")).bootstrapServers());
    }

    @Test
    void shouldPassKafkaPropertiesThroughFromFileAndEnvironment() throws IOException {
        Path file = write("kafka.security.protocol=SASL_SSL\n");
        NewswireConfig config = ConfigLoader.load(file, Map.of("NEWSWIRE_KAFKA_SASL_MECHANISM", "PLAIN"), Map.of());
        assertEquals("SASL_SSL", config.clientProperties().get("security.protocol"));
        assertEquals("PLAIN", config.clientProperties().get("sasl.mechanism"));
    }

    @Test
    void shouldAdvertiseThisHostsAddressForAuto() throws java.net.UnknownHostException {
        NewswireConfig config = NewswireConfig.defaults(Map.of("api.advertised.host", "auto"));

        assertEquals(java.net.InetAddress.getLocalHost().getHostAddress(), config.apiAdvertisedHost());
        assertEquals("localhost", NewswireConfig.defaults(Map.of()).apiAdvertisedHost());
    }

    @Test
    void shouldFailFastOnUnknownKey() throws IOException {
        Path file = write("bootstrap.server=oops:9092\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ConfigLoader.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("Unknown setting 'bootstrap.server'"), e.getMessage());
    }

    @Test
    void shouldNameTheOriginOfAnInvalidValue() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConfigLoader.load(null, Map.of("NEWSWIRE_TOPIC_PARTITIONS", "many"), Map.of()));
        assertTrue(e.getMessage().contains("NEWSWIRE_TOPIC_PARTITIONS"), e.getMessage());
    }

    @Test
    void shouldRejectEmptyRequiredValue() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConfigLoader.load(null, Map.of(), Map.of("bootstrap.servers", " ")));
        assertTrue(e.getMessage().contains("'bootstrap.servers' is empty"), e.getMessage());
    }

    @Test
    void shouldFailClearlyWhenFileIsMissing() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConfigLoader.load(dir.resolve("absent.properties"), Map.of(), Map.of()));
        assertTrue(e.getMessage().startsWith("Cannot read config file"), e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("newswire.properties");
        Files.writeString(file, content);
        return file;
    }
}
