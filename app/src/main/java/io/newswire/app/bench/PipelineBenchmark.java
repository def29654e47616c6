package io.newswire.app.bench;

import io.newswire.config.UserFacingException;
import io.newswire.app.local.LocalStack;
import io.newswire.app.local.TopicProvisioner;
import io.newswire.avro.RawArticle;
import io.newswire.avro.StoryEvent;
import io.newswire.config.NewswireConfig;
import io.newswire.producer.FileIngestor;
import io.newswire.producer.IngestReport;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.producer.TextArticleReader;
import io.newswire.registry.SchemaRegistryClients;
import io.newswire.streams.NewswireStreams;
import io.newswire.streams.NewswireTopology;
import io.newswire.streams.StreamsSettings;
import io.newswire.streams.TopologySettings;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TypedTopic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The side-by-side benchmark: Kafka's own tools and a pass-through topology as baselines, on the same
 * broker in the same run, against our ingest and our whole topology; then end-to-end latency at a
 * fixed offered load, enrichment cost, and the streams JVM's memory and state size.
 */
public final class PipelineBenchmark {

    /** What to run and how much. */
    public record Options(int articles, int warmupArticles, List<Integer> rates, Duration latencyDuration, Set<String> steps, Path workDir) {
    }

    /** Between the articles in ProducerPerformance's payload file: no generated article holds it. */
    private static final String PAYLOAD_DELIMITER = "\u0001\u0001";
    private static final Pattern PERF_SUMMARY = Pattern.compile("(\\d+)( steady state)? records sent, ([\\d.]+) records/sec");

    private final LocalStack stack;
    private final Options options;
    private final Map<String, Object> results = new LinkedHashMap<>();

    public PipelineBenchmark(LocalStack stack, Options options) {
        this.stack = stack;
        this.options = options;
    }

    public Map<String, Object> run() throws Exception {
        NewswireConfig config = stack.config();
        // Opt-in (it takes minutes): the heap with a whole story window of articles inside the stage's state. First,
        // before the other steps' generated articles (150,000 of them are 450 MB) share the heap it measures.
        if (options.steps().contains("window")) {
            List<ClusteringStageBenchmark.HeapPoint> points = new ClusteringStageBenchmark().window(options.articles(), 5000,
                    Duration.ofHours(71), 10, 42, Files.createDirectories(options.workDir().resolve("story-window")));
            results.put("window_articles", options.articles());
            results.put("window_live_heap_mb", round(points.stream().mapToDouble(ClusteringStageBenchmark.HeapPoint::liveHeapMb).max().orElse(0)));
            results.put("window_state_mb", round(points.get(points.size() - 1).stateMb()));
            results.put("window_points", points);
        }
        results.put("articles", options.articles());
        List<byte[]> articles = new ArticleGenerator(7, 4).generate(options.articles());
        double avgBytes = articles.stream().mapToInt(a -> a.length).average().orElse(0);
        results.put("avg_article_bytes", Math.round(avgBytes));
        if (step("producer-perf")) {
            producerPerformance(config, articles);
        }
        // The stream steps read what the ingest step wrote, so they need it.
        if (step("ingest") || step("passthrough") || step("topology")) {
            ingest(articles);
            ratio("ingest_ratio", "ingest_rps", "producer_perf_rps");
            ratio("ingest_steady_ratio", "ingest_steady_rps", "producer_perf_steady_rps");
        }
        // From here on the articles are on the broker: the generated copies (60 MB at 20,000) would otherwise stay in the
        // heap that the topology step reports as the streams' own.
        articles = null;
        if (step("passthrough")) {
            passThrough(config);
        }
        if (step("topology")) {
            topologyAndLatency(config);
            ratio("topology_ratio", "topology_rps", "passthrough_rps");
            ratio("topology_warm_ratio", "topology_warm_rps", "passthrough_warm_rps");
        }
        if (step("clustering")) {
            ClusteringStageBenchmark.Result stage = new ClusteringStageBenchmark().run(Math.min(options.articles(), 10_000), 42,
                    Files.createDirectories(options.workDir().resolve("clustering-stage")));
            results.put("clustering_stage_rps", round(stage.articlesPerSecond()));
            results.put("story_state_bytes", Math.round(stage.storyStateBytes()));
            results.put("clustering_stage_stories", stage.stories());
        }
        if (step("enrich")) {
            EnrichmentBenchmark.Result enrich = new EnrichmentBenchmark().run(2000, 3, 42);
            results.put("enrich_us_per_article", round(enrich.wholeChainMicros()));
            results.put("enrich_stage_us", enrich.stageMicros());
        }
        return results;
    }

    private boolean step(String name) {
        return options.steps().isEmpty() || options.steps().contains(name);
    }

    /**
     * Kafka's own producer benchmark on the same broker, sending the same generated articles (its payload file), so
     * both compress and send the same text: with random letters of the same size, as before, it ran at about half
     * the rate it reaches on the articles (drawing the letters, and compressing them worse).
     */
    private void producerPerformance(NewswireConfig config, List<byte[]> articles) throws Exception {
        String topic = "bench.producer-perf";
        TopicProvisioner.ensure(config.clientProperties(), List.of(new TypedTopic<>(topic, Serdes.String(), Serdes.String(),
                config.topicPartitions(), config.replicationFactor(), false)));
        String benchLib = Path.of(System.getProperty("newswire.home", "."), "app", "target", "bench-lib").toString();
        Path payloads = options.workDir().resolve("producer-perf-payloads.txt");
        try (var out = Files.newOutputStream(payloads)) {
            for (byte[] article : articles) {
                out.write(article);
                out.write(PAYLOAD_DELIMITER.getBytes(StandardCharsets.UTF_8));
            }
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", benchLib + "/*" + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records", String.valueOf(options.articles()),
                "--payload-file", payloads.toString(), "--payload-delimiter", PAYLOAD_DELIMITER, "--throughput", "-1", "--warmup-records", String.valueOf(options.articles() / 2),
                "--producer-props",
                "bootstrap.servers=" + config.bootstrapServers(), "acks=all", "enable.idempotence=true",
                "batch.size=262144", "linger.ms=20", "compression.type=lz4");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double rps = -1;
        double steady = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = PERF_SUMMARY.matcher(line);
                // Window lines come first; the total, then the steady state (the second half), are printed last.
                if (!m.find()) {
                    continue;
                }
                if (m.group(2) == null) {
                    rps = Double.parseDouble(m.group(3));
                } else {
                    steady = Double.parseDouble(m.group(3));
                }
            }
        }
        if (process.waitFor() != 0 || rps < 0) {
            throw new UserFacingException("ProducerPerformance failed (is app/target/bench-lib there? run mvn package)");
        }
        results.put("producer_perf_rps", round(rps));
        if (steady > 0) {
            results.put("producer_perf_steady_rps", round(steady));
        }
    }

    /**
     * Timed as ProducerPerformance times itself: from the first send to the producer's close, its construction left
     * out; the second half alone too, as ProducerPerformance's steady state (the first half meets code not yet
     * compiled: at 20,000 articles it ran at about half the second half's rate).
     */
    private void ingest(List<byte[]> articles) throws IOException {
        Path dir = Files.createDirectories(options.workDir().resolve("articles").resolve("bench-outlet"));
        for (int i = 0; i < articles.size(); i++) {
            Files.write(dir.resolve(String.format("%06d.txt", i)), articles.get(i));
        }
        int half = articles.size() / 2;
        AtomicLong halfAt = new AtomicLong();
        IngestReport report;
        long start;
        RawArticlePublisher publisher = RawArticlePublisher.create(stack.config(), stack.topics(), Clock.systemUTC());
        try (publisher) {
            publisher.onPublished(count -> {
                if (count == half) {
                    halfAt.set(System.nanoTime());
                }
            });
            start = System.nanoTime();
            report = new FileIngestor(new TextArticleReader(Clock.systemUTC()), publisher).ingest(List.of(dir));
        }
        long end = System.nanoTime();
        if (!report.success()) {
            throw new UserFacingException("Ingest failed: " + report.summary());
        }
        results.put("ingest_rps", round(report.published() / ((end - start) / 1e9)));
        if (halfAt.get() > 0) {
            results.put("ingest_steady_rps", round((report.published() - half) / ((end - halfAt.get()) / 1e9)));
        }
    }

    /** Its second half is timed where records leave it, as the whole topology's is. */
    private void passThrough(NewswireConfig config) throws Exception {
        String out = "bench.passthrough-out";
        TopicProvisioner.ensure(config.clientProperties(), List.of(new TypedTopic<>(out, Serdes.String(), Serdes.String(),
                config.topicPartitions(), config.replicationFactor(), false)));
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(stack.topics().raw().name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("bench-source"))
                .to(out, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("bench-sink"));
        Properties props = StreamsSettings.from(config, stack.topics(), options.workDir().resolve("passthrough-state"));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newswire-bench-passthrough");
        long expected;
        try (ConsumerLag lag = new ConsumerLag(config.clientProperties())) {
            expected = lag.endOffsets(stack.topics().raw().name());
            try (OutputProgress output = new OutputProgress(config.clientProperties(), out, expected);
                 KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
                CpuTime before = CpuTime.now();
                streams.start();
                double rate = lag.awaitConsumed("newswire-bench-passthrough", stack.topics().raw().name(), expected,
                        Duration.ofMinutes(5), "the pass-through topology");
                cpu("passthrough", CpuTime.now().millisPerArticle(before, expected));
                results.put("passthrough_rps", round(rate));
                results.put("passthrough_warm_rps", round(output.warmRate()));
            }
        }
    }

    private void topologyAndLatency(NewswireConfig config) throws Exception {
        Path stateDir = options.workDir().resolve("topology-state");
        MemoryPeaks.reset();
        long rawRecords;
        try (ConsumerLag lag = new ConsumerLag(config.clientProperties())) {
            rawRecords = lag.endOffsets(stack.topics().raw().name());
            if (options.warmupArticles() > 0) {
                warmUp(config, Math.min(rawRecords, options.warmupArticles()));
            }
            Map<String, BrokerWrites.Usage> before = BrokerWrites.snapshot(config.clientProperties());
            KafkaStreams streams = NewswireStreams.create(config, stateDir, stack.perTopicTopics());
            try (OutputProgress output = new OutputProgress(config.clientProperties(), stack.topics().enriched().name(), rawRecords)) {
                CpuTime cpuBefore = CpuTime.now();
                streams.start();
                double rate = lag.awaitConsumed(config.applicationId(), stack.topics().raw().name(), rawRecords,
                        Duration.ofMinutes(8), "the Newswire topology");
                cpu("topology", CpuTime.now().millisPerArticle(cpuBefore, rawRecords));
                results.put("topology_thread_time_shares", StreamThreadTime.shares(streams.metrics(), rawRecords / rate));
                results.put("topology_rps", round(rate));
                // Every article leaves on news.articles.enriched once, at the end of the per-language stage.
                results.put("topology_warm_rps", round(output.warmRate()));
                results.put("broker_writes_per_article", BrokerWrites.perArticle(before, BrokerWrites.snapshot(config.clientProperties()), rawRecords));
                // With every store open and its cache filled by the timed run.
                results.put("streams_live_heap_mb", round(MemoryPeaks.liveHeapMb()));
                if (step("latency")) {
                    // Lowest load first: a load the topology cannot keep up with leaves a backlog behind it.
                    for (int offered : options.rates().stream().sorted().toList()) {
                        latency(config, offered);
                    }
                }
                results.put("streams_heap_after_gc_mb", round(MemoryPeaks.heapAfterGcMb()));
                results.put("streams_rss_mb", round(MemoryPeaks.rssHighWaterMb()));
                results.put("state_store_mb", round(directoryBytes(stateDir) / (1024.0 * 1024.0)));
            } finally {
                NewswireStreams.closeQuietly(streams);
            }
        }
    }

    /**
     * Runs the whole topology under its own application id until the given number of articles has come
     * out of it, then stops it: the timed run then meets compiled code. On these 2 cores C2 takes most of a
     * core for the first minute or two, which a long-running pipeline pays once. The warm-up's own outputs
     * are read again by the timed run's newsroom view, a little extra work that makes the figure conservative.
     */
    private void warmUp(NewswireConfig config, long articles) throws Exception {
        NewswireTopics topics = NewswireTopics.from(config, SchemaRegistryClients.fromConfigs(config.clientProperties()));
        Properties props = StreamsSettings.from(config, topics, options.workDir().resolve("warmup-state"));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId() + "-warmup");
        long start = System.nanoTime();
        try (OutputProgress output = new OutputProgress(config.clientProperties(), topics.enriched().name(), articles);
             KafkaStreams streams = new KafkaStreams(NewswireTopology.build(topics, TopologySettings.from(config, stack.perTopicTopics())), props)) {
            streams.start();
            output.awaitAll(Duration.ofMinutes(8), "the warm-up run");
        }
        results.put("warmup_articles", articles);
        results.put("warmup_seconds", round((System.nanoTime() - start) / 1e9));
    }

    /** Produce → first event naming the article on news.events, at a fixed offered load; results under "latency_at_RATE". */
    private void latency(NewswireConfig config, int rate) throws Exception {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        TypedTopic<String, StoryEvent> events = stack.topics().events();
        List<Long> latencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int total = (int) (rate * options.latencyDuration().toSeconds());
        List<byte[]> articles = new ArticleGenerator(99 + rate, 4).generate(total);
        String prefix = "latency-" + rate + "-";
        try (KafkaConsumer<String, StoryEvent> consumer = new KafkaConsumer<>(props, events.keySerde().deserializer(), events.valueSerde().deserializer());
             RawArticlePublisher publisher = RawArticlePublisher.create(config, stack.topics(), Clock.systemUTC())) {
            List<TopicPartition> partitions = consumer.partitionsFor(events.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            long start = System.nanoTime();
            long intervalNanos = 1_000_000_000L / rate;
            for (int i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                // Wait in poll, which returns as soon as an event arrives: polling with a zero timeout had spun
                // one of the box's two cores for the whole step, beside the broker and the stream thread.
                for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                    drain(consumer, prefix, latencies, seen, Duration.ofNanos(left));
                }
                publisher.publish(raw(prefix + i, articles.get(i)), prefix + i);
            }
            publisher.finish();
            Instant deadline = Instant.now().plusSeconds(60);
            while (seen.size() < total && Instant.now().isBefore(deadline)) {
                drain(consumer, prefix, latencies, seen, Duration.ofMillis(200));
            }
        }
        latencies.sort(Long::compare);
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("offered_rps", rate);
        at.put("articles_seen", latencies.size());
        at.put("articles_sent", total);
        if (!latencies.isEmpty()) {
            at.put("p50_ms", latencies.get(latencies.size() / 2));
            at.put("p99_ms", latencies.get((int) Math.min(latencies.size() - 1, Math.ceil(latencies.size() * 0.99) - 1)));
            at.put("max_ms", latencies.get(latencies.size() - 1));
        }
        results.put("latency_at_" + rate, at);
    }

    /** Latency of an article = first event that names it, consumer wall clock minus the raw record's produce time. */
    private static void drain(KafkaConsumer<String, StoryEvent> consumer, String prefix, List<Long> latencies, Set<String> seen, Duration wait) {
        for (var record : consumer.poll(wait)) {
            String article = record.value().getArticleId();
            if (article != null && article.startsWith(prefix) && seen.add(article)) {
                latencies.add(System.currentTimeMillis() - record.timestamp());
            }
        }
    }

    private static RawArticle raw(String id, byte[] body) {
        return RawArticle.newBuilder().setId(id).setSource("bench-latency").setContentType("text/plain")
                .setBody(ByteBuffer.wrap(body)).setFetchedAt(Instant.now()).build();
    }

    private void cpu(String step, double[] millis) {
        results.put(step + "_cpu_ms_stream_threads", Math.round(millis[0] * 1000) / 1000.0);
        results.put(step + "_cpu_ms_jvm", Math.round(millis[1] * 1000) / 1000.0);
        results.put(step + "_cpu_ms_broker", Math.round(millis[2] * 1000) / 1000.0);
    }

    private void ratio(String key, String ours, String baseline) {
        if (results.get(ours) instanceof Double o && results.get(baseline) instanceof Double b && b > 0) {
            results.put(key, Math.round(o / b * 1000) / 1000.0);
        }
    }

    private static long directoryBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
