package io.newswire.serde;

import java.util.Map;

/** The Confluent serde config keys we honour, with Confluent's defaults. */
public final class SerdeConfig {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

    /** The producer setting whose limit serialized values must stay under (Kafka's default: 1 MiB). */
    static final String MAX_REQUEST_SIZE = "max.request.size";
    static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;
    /** Room for the key, headers and batch framing around a value. */
    static final int RECORD_OVERHEAD = 8 * 1024;

    private SerdeConfig() {
    }

    /** The largest value the serializer hands to a producer configured with these properties. */
    static int maxValueBytes(Map<String, ?> configs) {
        Object value = configs.get(MAX_REQUEST_SIZE);
        int maxRequest = value == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(value.toString().trim());
        return Math.max(RECORD_OVERHEAD, maxRequest - RECORD_OVERHEAD);
    }

    static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        return value == null ? defaultValue : Boolean.parseBoolean(value.toString());
    }

    /** A subject per topic and side: TopicNameStrategy. */
    static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
