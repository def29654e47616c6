package io.newswire.app.local;

import io.newswire.app.api.NewsroomServer;
import io.newswire.app.broker.LocalBroker;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.registry.RegistryClientConfig;
import io.newswire.registry.SchemaRegistryClients;
import io.newswire.app.registry.KafkaSchemaLog;
import io.newswire.app.registry.SchemaRegistryServer;
import io.newswire.app.registry.SchemaStore;
import io.newswire.streams.NewswireStreams;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local default: a real broker in a child JVM, the registry endpoint backed by the broker,
 * the pipeline topics, the stream processors and their HTTP API, all stopped in reverse order by {@link #close()}.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private NewswireConfig config;
    private NewswireTopics topics;
    private LocalBroker broker;
    private SchemaRegistryServer registry;
    private KafkaStreams streams;
    private NewsroomServer api;
    private PerTopicTopics perTopic;
    private java.nio.file.Path stateDir;
    private Duration brokerStartTime;

    private LocalStack() {
    }

    /**
     * @param baseConfig the settings as the user gave them (ports, data dir)
     * @param configWith loads the config again with the local addresses forced in
     */
    public static LocalStack start(NewswireConfig baseConfig, Function<Map<String, String>, NewswireConfig> configWith) {
        return start(baseConfig, configWith, true);
    }

    /** With {@code withStreams} false: broker, registry and topics only (the benchmark runs its own processors). */
    public static LocalStack start(NewswireConfig baseConfig, Function<Map<String, String>, NewswireConfig> configWith, boolean withStreams) {
        LocalStack stack = new LocalStack();
        try {
            stack.startAll(baseConfig, configWith, withStreams);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(NewswireConfig base, Function<Map<String, String>, NewswireConfig> configWith, boolean withStreams) {
        long t0 = System.nanoTime();
        broker = remember(LocalBroker.start(base.dataDir(), base.brokerPort(), base.controllerPort(), base.brokerHeap(),
                Duration.ofMinutes(2)));
        brokerStartTime = Duration.ofNanos(System.nanoTime() - t0);
        config = configWith.apply(Map.of(
                Setting.BOOTSTRAP_SERVERS.key(), broker.bootstrapServers(),
                Setting.SCHEMA_REGISTRY_URL.key(), "http://127.0.0.1:" + base.registryPort()));
        topics = NewswireTopics.from(config, SchemaRegistryClients.fromConfigs(config.clientProperties()));
        KafkaSchemaLog schemaLog = remember(new KafkaSchemaLog(topics.schemas(), config.clientProperties()));
        registry = remember(SchemaRegistryServer.start("127.0.0.1", base.registryPort(), new SchemaStore(schemaLog), registryAccess(config)));
        TopicProvisioner.ensure(config.clientProperties(), TopicProvisioner.allTopics(topics));
        perTopic = remember(new PerTopicTopics(config.clientProperties(), topics));
        stateDir = base.dataDir().resolve("streams");
        if (!withStreams) {
            return;
        }
        streams = NewswireStreams.create(config, stateDir, perTopic);
        remember(() -> NewswireStreams.closeQuietly(streams));
        streams.start();
        api = remember(NewsroomServer.start(config, topics, () -> streams));
    }

    /**
     * The endpoint binds loopback only. When the clients are configured with registry credentials
     * ({@code kafka.basic.auth.credentials.source=USER_INFO}, {@code kafka.basic.auth.user.info}), the endpoint
     * requires exactly those, so one setting secures both ends.
     */
    static SchemaRegistryServer.Access registryAccess(NewswireConfig config) {
        Map<String, String> kafka = config.kafkaProperties();
        boolean userInfo = "USER_INFO".equalsIgnoreCase(kafka.getOrDefault(RegistryClientConfig.BASIC_AUTH_SOURCE, ""));
        return new SchemaRegistryServer.Access(
                java.util.Optional.ofNullable(userInfo ? kafka.get(RegistryClientConfig.BASIC_AUTH_USER_INFO) : null),
                SchemaRegistryServer.DEFAULT_MAX_BODY_BYTES);
    }

    /** Stops the stream processors cleanly and starts a new instance on the same state: an upgrade or a redeploy. */
    public void restartStreams() {
        NewswireStreams.closeQuietly(streams);
        streams = NewswireStreams.create(config, stateDir, perTopic);
        streams.start();
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    public NewswireConfig config() {
        return config;
    }

    public NewswireTopics topics() {
        return topics;
    }

    public PerTopicTopics perTopicTopics() {
        return perTopic;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The dashboard and HTTP API, e.g. http://localhost:8080/ (null when started without streams). */
    public String dashboardUrl() {
        return api == null ? null : "http://" + config.apiAdvertisedHost() + ":" + api.port() + "/";
    }

    public LocalBroker broker() {
        return broker;
    }

    public String registryUrl() {
        return registry.url();
    }

    public Duration brokerStartTime() {
        return brokerStartTime;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                LOG.warn("Error while stopping the local stack: {}", e.toString());
            }
        }
    }
}
