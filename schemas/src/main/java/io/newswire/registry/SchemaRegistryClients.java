package io.newswire.registry;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** Builds a registry client from Confluent-named serde configs. */
public final class SchemaRegistryClients {

    public static final String URL_CONFIG = io.newswire.serde.SerdeConfig.SCHEMA_REGISTRY_URL;
    public static final String MOCK_PREFIX = "mock://";

    private SchemaRegistryClients() {
    }

    /** {@code mock://scope} gives a shared in-memory registry, as Confluent's serdes do. */
    public static SchemaRegistryClient fromConfigs(Map<String, ?> configs) {
        Object url = configs.get(URL_CONFIG);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(URL_CONFIG + " is required by the Avro serdes and was not set");
        }
        if (url.toString().startsWith(MOCK_PREFIX)) {
            return InMemorySchemaRegistryClient.forScope(url.toString().substring(MOCK_PREFIX.length()));
        }
        return new RestSchemaRegistryClient(RegistryClientConfig.from(url.toString(), configs));
    }

    /** A client for a registry that needs no credentials (the local default, tests). */
    public static SchemaRegistryClient forUrl(String url) {
        return fromConfigs(Map.of(URL_CONFIG, url));
    }
}
