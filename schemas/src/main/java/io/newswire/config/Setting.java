package io.newswire.config;

/** One recognised setting: its file key, its environment variable, and its default (null = required). */
public enum Setting {
    BOOTSTRAP_SERVERS("bootstrap.servers", "localhost:9092"),
    SCHEMA_REGISTRY_URL("schema.registry.url", "http://localhost:8081"),
    APPLICATION_ID("application.id", "newswire-streams"),
    COMMIT_INTERVAL_MS("commit.interval.ms", "100"),
    TOPIC_PARTITIONS("topic.partitions", "3"),
    TOPIC_REPLICATION_FACTOR("topic.replication.factor", "1"),
    TOPIC_RAW("topic.raw", "news.articles.raw"),
    TOPIC_ENRICHED("topic.enriched", "news.articles.enriched"),
    TOPIC_DLQ("topic.dlq", "news.dlq"),
    TOPIC_SCHEMAS("topic.schemas", "_schemas"),
    TOPIC_STORIES("topic.stories", "news.stories"),
    TOPIC_EVENTS("topic.events", "news.events"),
    TOPIC_RULES("topic.rules", "news.topic-rules"),
    TOPIC_TRENDS("topic.trends", "news.trends"),
    TOPIC_ENTITIES("topic.entities", "news.entities"),
    TOPIC_SOURCE_STATE("topic.source-state", "news.sources.state"),
    TREND_GRACE_MINUTES("trend.grace.minutes", "10"),
    TOPIC_PER_TOPIC_PREFIX("topic.per-topic.prefix", "news.topic."),
    STORY_INACTIVITY_HOURS("story.inactivity.hours", "72"),
    MAX_ARTICLE_BYTES("max.article.bytes", "786432"),
    MAX_BODY_CHARS("max.body.chars", "100000"),
    PARSE_BUDGET_MS("parse.budget.ms", "2000"),
    FETCH_ALLOW_HOSTS("fetch.allow.hosts", "none"),
    API_PORT("api.port", "8080"),
    API_BIND_ADDRESS("api.bind.address", "127.0.0.1"),
    API_ADVERTISED_HOST("api.advertised.host", "localhost"),
    LOCAL_BROKER_PORT("local.broker.port", "9092"),
    LOCAL_CONTROLLER_PORT("local.controller.port", "9093"),
    LOCAL_REGISTRY_PORT("local.registry.port", "8081"),
    LOCAL_DATA_DIR("local.data.dir", System.getProperty("user.home") + "/.newswire"),
    LOCAL_BROKER_HEAP("local.broker.heap", "256m");

    /** Keys under this prefix are passed to every Kafka client with the prefix removed. */
    public static final String KAFKA_PREFIX = "kafka.";
    public static final String ENV_PREFIX = "NEWSWIRE_";

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String envVar() {
        return envVar(key);
    }

    static String envVar(String key) {
        return ENV_PREFIX + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    static Setting byKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }
}
