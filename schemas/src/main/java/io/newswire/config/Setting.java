package io.newswire.config;

import static io.newswire.config.SettingValidators.NON_EMPTY;
import static io.newswire.config.SettingValidators.PORT;

import io.newswire.serde.SerdeConfig;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Every setting, defined once: its key (file, {@code -X}, and environment variable {@code NEWSWIRE_} + key), its
 * Kafka {@link ConfigDef} type, default, validator and documentation. {@link NewswireConfig} parses and checks
 * values with these definitions, and {@link SettingsReference} writes {@code docs/configuration.md} from them at
 * build time.
 */
public enum Setting {
    BOOTSTRAP_SERVERS("bootstrap.servers", Type.STRING, "localhost:9092", NON_EMPTY,
            "Kafka brokers to connect to, comma-separated host:port pairs."),
    SCHEMA_REGISTRY_URL(SerdeConfig.SCHEMA_REGISTRY_URL, Type.STRING, "http://localhost:8081", NON_EMPTY,
            "Confluent-compatible schema registry; comma-separated for fail-over; mock://scope for tests."),
    APPLICATION_ID("application.id", Type.STRING, "newswire-streams", NON_EMPTY, "The Kafka Streams application id."),
    COMMIT_INTERVAL_MS("commit.interval.ms", Type.INT, "50", Range.atLeast(1),
            "Kafka Streams commit interval: under exactly-once each sub-topology adds up to one interval of latency "
                    + "(docs/operations.md gives the measurement that chose it)."),
    TOPIC_PARTITIONS("topic.partitions", Type.INT, "3", Range.between(1, 10_000), "Partitions of the topics Newswire creates."),
    TOPIC_REPLICATION_FACTOR("topic.replication.factor", Type.SHORT, "1", Range.atLeast(1),
            "Replication factor of the topics Newswire creates."),
    TOPIC_RAW("topic.raw", Type.STRING, "news.articles.raw", NON_EMPTY, "Raw articles, as ingest publishes them."),
    TOPIC_ENRICHED("topic.enriched", Type.STRING, "news.articles.enriched", NON_EMPTY, "Enriched articles."),
    TOPIC_DLQ("topic.dlq", Type.STRING, "news.dlq", NON_EMPTY, "Dead letters, with stage and reason."),
    TOPIC_SCHEMAS("topic.schemas", Type.STRING, "_schemas", NON_EMPTY, "The local schema registry's log."),
    TOPIC_STORIES("topic.stories", Type.STRING, "news.stories", NON_EMPTY, "Latest state of each story (compacted)."),
    TOPIC_EVENTS("topic.events", Type.STRING, "news.events", NON_EMPTY, "Every story change, keyed by story."),
    TOPIC_RULES("topic.rules", Type.STRING, "news.topic-rules", NON_EMPTY, "User news-topic rules (compacted)."),
    TOPIC_TRENDS("topic.trends", Type.STRING, "news.trends", NON_EMPTY, "Article counts per news topic and entity per window."),
    TOPIC_ENTITIES("topic.entities", Type.STRING, "news.entities", NON_EMPTY, "The entity catalogue (compacted)."),
    TOPIC_STORYLINES("topic.storylines", Type.STRING, "news.storylines", NON_EMPTY,
            "Storylines: the stories of the same actors over weeks and months (compacted)."),
    TOPIC_SOURCE_STATE("topic.source-state", Type.STRING, "news.sources.state", NON_EMPTY,
            "Feed poller state per source (compacted)."),
    TREND_GRACE_MINUTES("trend.grace.minutes", Type.INT, "10", Range.between(0, 24 * 60),
            "How late an article may arrive and still count in its trend windows."),
    TOPIC_PER_TOPIC_PREFIX("topic.per-topic.prefix", Type.STRING, "news.topic.", NON_EMPTY,
            "Prefix of the per-news-topic event topics (news.topic.<slug>)."),
    STORY_INACTIVITY_HOURS("story.inactivity.hours", Type.INT, "72", Range.between(1, 24 * 365),
            "A story closes after this long without a new article (stream time)."),
    STORY_MODEL("story.model", Type.STRING, "shipped", NON_EMPTY,
            "Which story an article joins: 'shipped' (the model learned from the public development sets) or the path "
                    + "of a model file written by `newswire train-stories`."),
    MAX_ARTICLE_BYTES("max.article.bytes", Type.INT, "786432", Range.between(1024, 64 * 1024 * 1024),
            "Largest raw article (file, JSON line, fetched page) ingest publishes and the processors parse; with "
                    + "max.body.chars it keeps every output record under the broker's 1 MiB. Raise both together."),
    MAX_BODY_CHARS("max.body.chars", Type.INT, "100000", Range.between(1000, 16 * 1024 * 1024),
            "Longest article text kept; a longer body is dead-lettered with its length."),
    PARSE_BUDGET_MS("parse.budget.ms", Type.INT, "2000", Range.between(10, 600_000),
            "Time one article's parsing and extraction may take before it is dead-lettered."),
    FETCH_ALLOW_HOSTS("fetch.allow.hosts", Type.STRING, "none", NON_EMPTY,
            "Hosts feeds and pages may be fetched from although they resolve to loopback or private addresses "
                    + "(comma-separated; none by default). An entry with a port (127.0.0.1:8080) allows that port only."),
    API_PORT("api.port", Type.INT, "8080", PORT, "Port of the dashboard and HTTP API of each streams instance."),
    API_BIND_ADDRESS("api.bind.address", Type.STRING, "127.0.0.1", NON_EMPTY,
            "Interface the HTTP API binds to (0.0.0.0 in a container)."),
    API_TOKEN("api.token", Type.PASSWORD, "none", null,
            "Bearer token the API's write routes (rules) require; none by default. Without one, writes are allowed only while the API "
                    + "binds a loopback address; bound beyond it they answer 403 until a token is set."),
    API_TOKEN_READS("api.token.reads", Type.BOOLEAN, "false", null,
            "Require the api.token for the read routes and the page's data too (health and metrics stay open for probes)."),
    API_ADVERTISED_HOST("api.advertised.host", Type.STRING, "localhost", NON_EMPTY,
            "How other instances reach this one's API (Kafka Streams' application.server); auto = this host's address."),
    LOCAL_BROKER_PORT("local.broker.port", Type.INT, "9092", PORT, "Local default only: the broker's port."),
    LOCAL_CONTROLLER_PORT("local.controller.port", Type.INT, "9093", PORT, "Local default only: the KRaft controller's port."),
    LOCAL_REGISTRY_PORT("local.registry.port", Type.INT, "8081", PORT, "Local default only: the schema registry's port."),
    LOCAL_DATA_DIR("local.data.dir", Type.STRING, System.getProperty("user.home") + "/.newswire", NON_EMPTY,
            "Local default only: where the broker and the processors keep their data."),
    LOCAL_BROKER_HEAP("local.broker.heap", Type.STRING, "256m", NON_EMPTY, "Local default only: the broker JVM's heap (-Xmx).");

    /** Keys under this prefix are passed to every Kafka client with the prefix removed. */
    public static final String KAFKA_PREFIX = "kafka.";
    public static final String ENV_PREFIX = "NEWSWIRE_";

    private final String key;
    private final Type type;
    private final String defaultValue;
    private final ConfigDef.Validator validator;
    private final String documentation;

    Setting(String key, Type type, String defaultValue, ConfigDef.Validator validator, String documentation) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.validator = validator;
        this.documentation = documentation;
    }

    /** All settings as a Kafka {@link ConfigDef}: each value is parsed and validated through it. */
    public static final ConfigDef DEFINITION = definition();

    private static ConfigDef definition() {
        ConfigDef definition = new ConfigDef();
        for (Setting setting : values()) {
            definition.define(setting.key, setting.type, setting.defaultValue, setting.validator, Importance.MEDIUM, setting.documentation);
        }
        return definition;
    }

    public Type type() {
        return type;
    }

    public ConfigDef.Validator validator() {
        return validator;
    }

    public String documentation() {
        return documentation;
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
