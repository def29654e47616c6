package io.newswire.app;

import io.newswire.app.local.LocalStack;
import io.newswire.avro.StoryEvent;
import io.newswire.producer.FileIngestor;
import io.newswire.producer.IngestReport;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.producer.TextArticleReader;
import java.time.Clock;
import io.newswire.config.NewswireConfig;
import io.newswire.topics.TypedTopic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** A LocalStack on free ports in a temp directory, plus waiting reads: tests wait on state, never on sleep. */
final class TestStack implements AutoCloseable {

    final LocalStack stack;
    final Map<String, String> settings;

    private TestStack(LocalStack stack, Map<String, String> settings) {
        this.stack = stack;
        this.settings = settings;
    }

    static TestStack start(Path dataDir) {
        return start(localSettings(dataDir));
    }

    /** A stack with the two lakeside-gazette fixture articles ingested (one story, at least two story events). */
    static TestStack startWithFixtureArticles(Path dataDir) {
        TestStack stack = start(dataDir);
        try {
            stack.ingest(List.of(Path.of(TestStack.class.getResource("/fixtures/lakeside-gazette").toURI())));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return stack;
    }

    static TestStack start(Map<String, String> settings) {
        return start(settings, true);
    }

    /** With {@code withStreams} false the test runs the processors itself (e.g. in a child JVM it can kill). */
    static TestStack start(Map<String, String> settings, boolean withStreams) {
        NewswireConfig base = NewswireConfig.defaults(settings);
        return new TestStack(LocalStack.start(base, forced -> {
            Map<String, String> all = new HashMap<>(settings);
            all.putAll(forced);
            return NewswireConfig.defaults(all);
        }, withStreams), settings);
    }

    static Map<String, String> localSettings(Path dataDir) {
        return Map.of(
                "local.data.dir", dataDir.toString(),
                "local.broker.port", String.valueOf(freePort()),
                "local.controller.port", String.valueOf(freePort()),
                "local.registry.port", String.valueOf(freePort()),
                "api.port", String.valueOf(freePort()),
                "commit.interval.ms", "100");
    }

    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port that is free now, below Linux's ephemeral range (32768 and up): a port the kernel hands out
     * for port 0 can be taken as the local port of some client's outgoing connection before the stack
     * binds it (a registry or API port "already in use"); ports below the range never are. No port is
     * handed out twice in one JVM.
     */
    static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int tries = 0; tries < 1000; tries++) {
            int port = random.nextInt(20_000, 32_000);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IllegalStateException("no free port found between 20000 and 32000");
    }

    /** `newswire ARGS` in a JVM of its own (one the test can kill), its output appended to {@code log}. */
    static Process newswireProcess(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Newswire.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Ingests files the way `newswire ingest` does and returns what happened. */
    IngestReport ingest(List<Path> files) {
        try (RawArticlePublisher publisher = RawArticlePublisher.create(config(), stack.topics(), Clock.systemUTC())) {
            return new FileIngestor(new TextArticleReader(Clock.systemUTC()), publisher).ingest(files);
        }
    }

    /** Story events until the given number of distinct articles has been added to stories. */
    List<ConsumerRecord<String, StoryEvent>> awaitArticleEvents(int articles, Duration timeout) {
        return readUntil(stack.topics().events(), records -> records.stream()
                .map(r -> r.value().getArticleId()).filter(a -> a != null).distinct().count() >= articles, timeout);
    }

    NewswireConfig config() {
        return stack.config();
    }

    /** Reads the topic from the beginning (read_committed) until the records satisfy the condition. */
    <K, V> List<ConsumerRecord<K, V>> readUntil(TypedTopic<K, V> topic, Predicate<List<ConsumerRecord<K, V>>> done, Duration timeout) {
        Map<String, Object> props = new HashMap<>(config().clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (!done.test(records)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Timed out after " + timeout + " reading " + topic + "; got " + records.size() + " records");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Override
    public void close() {
        stack.close();
    }
}
