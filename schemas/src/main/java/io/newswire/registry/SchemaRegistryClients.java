package io.newswire.registry;

import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** Builds a registry client from Confluent-named serde configs. */
public final class SchemaRegistryClients {

    public static final String URL_CONFIG = "schema.registry.url";
    public static final String MOCK_PREFIX = "mock://";

    private SchemaRegistryClients() {
    }

    /** {@code mock://scope} gives a shared in-memory registry, as Confluent's serdes do. */
    public static SchemaRegistryClient fromConfigs(Map<String, ?> configs) {
        Object url = configs.get(URL_CONFIG);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(URL_CONFIG + " is required by the Avro serdes and was not set");
        }
        return forUrl(url.toString());
    }

    public static SchemaRegistryClient forUrl(String url) {
        if (url.startsWith(MOCK_PREFIX)) {
            return InMemorySchemaRegistryClient.forScope(url.substring(MOCK_PREFIX.length()));
        }
        return new RestSchemaRegistryClient(Arrays.stream(url.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }
}
