package io.newswire.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Every setting, resolved, parsed and validated once by its {@link Setting} definition; read through typed accessors. */
public final class NewswireConfig {

    private final Map<Setting, Object> values = new EnumMap<>(Setting.class);
    private final Map<String, String> kafkaProperties;

    NewswireConfig(Map<Setting, ConfigLoader.ValueOrigin> raw, Map<String, String> kafkaProperties) {
        this.kafkaProperties = Collections.unmodifiableMap(kafkaProperties);
        for (Setting setting : Setting.values()) {
            ConfigLoader.ValueOrigin value = raw.get(setting);
            if (value.value().isBlank()) {
                throw new ConfigurationException("Setting '" + setting.key() + "' is empty (from " + value.origin() + ")");
            }
            try {
                Object parsed = ConfigDef.parseType(setting.key(), value.value().trim(), setting.type());
                if (setting.validator() != null) {
                    setting.validator().ensureValid(setting.key(), parsed);
                }
                values.put(setting, parsed);
            } catch (ConfigException e) {
                throw new ConfigurationException(e.getMessage() + " (from " + value.origin() + ")");
            }
        }
    }

    /** Defaults plus the environment: what a command sees with no file and no flags. */
    public static NewswireConfig fromEnvironment() {
        return ConfigLoader.load(null, System.getenv(), Map.of());
    }

    /** Defaults only; handy in tests. */
    public static NewswireConfig defaults(Map<String, String> overrides) {
        return ConfigLoader.load(null, Map.of(), overrides);
    }

    public String bootstrapServers() {
        return text(Setting.BOOTSTRAP_SERVERS);
    }

    public String schemaRegistryUrl() {
        return text(Setting.SCHEMA_REGISTRY_URL);
    }

    public String applicationId() {
        return text(Setting.APPLICATION_ID);
    }

    public Duration commitInterval() {
        return Duration.ofMillis(integer(Setting.COMMIT_INTERVAL_MS));
    }

    public int topicPartitions() {
        return integer(Setting.TOPIC_PARTITIONS);
    }

    public short replicationFactor() {
        return (Short) values.get(Setting.TOPIC_REPLICATION_FACTOR);
    }

    public String topicName(Setting topicSetting) {
        if (!topicSetting.key().startsWith("topic.") || topicSetting == Setting.TOPIC_PARTITIONS
                || topicSetting == Setting.TOPIC_REPLICATION_FACTOR) {
            throw new ConfigurationException(topicSetting + " is not a topic name");
        }
        return text(topicSetting);
    }

    /** How long a story may go without a new article before it is closed. */
    public Duration storyInactivity() {
        return Duration.ofHours(integer(Setting.STORY_INACTIVITY_HOURS));
    }

    /** The path of the story model file, or null for the shipped model. */
    public String storyModelPath() {
        String value = text(Setting.STORY_MODEL);
        return value.equals("shipped") ? null : value;
    }

    /** How late an article may arrive and still count in its trend windows. */
    public Duration trendGrace() {
        return Duration.ofMinutes(integer(Setting.TREND_GRACE_MINUTES));
    }

    /**
     * The largest raw article (file, JSON line, fetched page) ingest publishes and the processors parse. With the
     * default and {@link #maxBodyChars()}, every output record stays well under the broker's 1 MiB
     * {@code max.message.bytes}; raise both together.
     */
    public int maxArticleBytes() {
        return integer(Setting.MAX_ARTICLE_BYTES);
    }

    /** The longest article text kept; a longer body is dead-lettered with its length (an enriched record carries it twice at worst, in quotations). */
    public int maxBodyChars() {
        return integer(Setting.MAX_BODY_CHARS);
    }

    /** How long parsing and extracting one article may take before it is dead-lettered as too slow. */
    public Duration parseBudget() {
        return Duration.ofMillis(integer(Setting.PARSE_BUDGET_MS));
    }

    /**
     * Hosts that feeds, pages and robots.txt may be fetched from even though they resolve to loopback or
     * private addresses (by default none: a public feed must not make us fetch internal pages).
     */
    public java.util.Set<String> fetchAllowHosts() {
        String value = text(Setting.FETCH_ALLOW_HOSTS).trim();
        if (value.equalsIgnoreCase("none")) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Port of the HTTP API and dashboard the stream processors serve. */
    public int apiPort() {
        return integer(Setting.API_PORT);
    }

    /** Interface the HTTP API binds to; loopback by default, 0.0.0.0 in a container. */
    public String apiBindAddress() {
        return text(Setting.API_BIND_ADDRESS);
    }

    /** The token the API's write routes require; empty when none is set. */
    public String apiToken() {
        String token = ((org.apache.kafka.common.config.types.Password) values.get(Setting.API_TOKEN)).value().trim();
        return token.equalsIgnoreCase("none") ? "" : token;
    }

    /** Whether the read routes require the token too. */
    public boolean apiTokenForReads() {
        return (Boolean) values.get(Setting.API_TOKEN_READS);
    }

    /**
     * Host name other instances use to forward a request for a story this instance owns (Kafka Streams'
     * {@code application.server}); must resolve from every instance. {@code auto}: this host's address, for
     * replicas that share one configuration (containers).
     */
    public String apiAdvertisedHost() {
        String host = text(Setting.API_ADVERTISED_HOST).trim();
        if (!host.equalsIgnoreCase("auto")) {
            return host;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new ConfigurationException("api.advertised.host=auto: this host has no address (" + e.getMessage() + ")");
        }
    }

    public int brokerPort() {
        return integer(Setting.LOCAL_BROKER_PORT);
    }

    public int controllerPort() {
        return integer(Setting.LOCAL_CONTROLLER_PORT);
    }

    public int registryPort() {
        return integer(Setting.LOCAL_REGISTRY_PORT);
    }

    public Path dataDir() {
        return Path.of(text(Setting.LOCAL_DATA_DIR));
    }

    public String brokerHeap() {
        return text(Setting.LOCAL_BROKER_HEAP);
    }

    /** Pass-through client properties (security, timeouts, ...) for every Kafka client. */
    public Map<String, String> kafkaProperties() {
        return kafkaProperties;
    }

    /** Base properties for any Kafka client: bootstrap, registry URL for serdes, then pass-through properties. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(Setting.BOOTSTRAP_SERVERS.key(), bootstrapServers());
        props.put(Setting.SCHEMA_REGISTRY_URL.key(), schemaRegistryUrl());
        props.putAll(kafkaProperties);
        return props;
    }

    private String text(Setting setting) {
        return ((String) values.get(setting)).trim();
    }

    private int integer(Setting setting) {
        return (Integer) values.get(setting);
    }
}
