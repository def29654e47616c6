package io.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newswire.app.bench.PipelineBenchmark;
import io.newswire.app.local.LocalStack;
import io.newswire.config.ConfigLoader;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.config.UserFacingException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Our pipeline against Kafka's own limits in one run, on a fresh local broker:",
                "ProducerPerformance vs our ingest, a pass-through Streams topology vs our whole topology,",
                "end-to-end latency at a fixed offered load, enrichment cost, memory and state size.",
                "Writes a table and bench-results.json."})
public final class BenchCommand implements Callable<Integer> {

    static final List<String> STEPS = List.of("producer-perf", "ingest", "passthrough", "topology", "latency", "clustering", "enrich", "window");

    @Option(names = "--articles", description = "Generated articles per throughput step (default ${DEFAULT-VALUE}).")
    int articles = 20_000;

    @Option(names = "--warmup", description = "Articles the whole topology processes under its own application id before the timed run, "
            + "so the timed run meets compiled code; 0 times a cold JVM (default ${DEFAULT-VALUE}).")
    int warmup = 5_000;

    @Option(names = "--rate", split = ",", description = "Offered loads for the latency step, articles/s, each for --latency-seconds (default 100,500,1000).")
    List<Integer> rates = List.of(100, 500, 1000);

    @Option(names = "--latency-seconds", description = "Duration of the latency step (default ${DEFAULT-VALUE}).")
    int latencySeconds = 20;

    @Option(names = "--steps", split = ",", description = "Steps to run (default all but window): producer-perf, ingest, passthrough, topology, latency, clustering, enrich; "
            + "window (opt-in, minutes): --articles articles inside one story window through the per-language stage, live heap after GC.")
    List<String> steps = List.of();

    @Option(names = "--output", description = "Results file (default ${DEFAULT-VALUE}).")
    Path output = Path.of("bench-results.json");

    @Override
    public Integer call() throws Exception {
        for (String step : steps) {
            if (!STEPS.contains(step)) {
                throw new UserFacingException("Unknown step '" + step + "'; steps: " + String.join(", ", STEPS));
            }
        }
        Path work = Files.createTempDirectory("newswire-bench");
        Map<String, String> local = new HashMap<>();
        local.put(Setting.LOCAL_DATA_DIR.key(), work.resolve("data").toString());
        local.put(Setting.LOCAL_BROKER_PORT.key(), String.valueOf(freePort()));
        local.put(Setting.LOCAL_CONTROLLER_PORT.key(), String.valueOf(freePort()));
        local.put(Setting.LOCAL_REGISTRY_PORT.key(), String.valueOf(freePort()));
        local.put(Setting.APPLICATION_ID.key(), "newswire-bench-topology");
        // Defaults plus NEWSWIRE_* from the environment, so a run can try e.g. NEWSWIRE_COMMIT_INTERVAL_MS=1000.
        NewswireConfig base = ConfigLoader.load(null, System.getenv(), local);
        System.out.println("Starting a fresh broker for the benchmark in " + work + " ...");
        Map<String, Object> results;
        try (LocalStack stack = LocalStack.start(base, forced -> {
            Map<String, String> all = new HashMap<>(local);
            all.putAll(forced);
            return ConfigLoader.load(null, System.getenv(), all);
        }, false)) {
            Set<String> selected = withPrerequisites(steps);
            results = new PipelineBenchmark(stack, new PipelineBenchmark.Options(articles, warmup, rates, Duration.ofSeconds(latencySeconds),
                    selected, work)).run();
        }
        print(results);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), results);
        System.out.println("Wrote " + output.toAbsolutePath());
        return 0;
    }

    /**
     * The steps asked for, with the topology step added to a latency step named without it: latency is measured on
     * the topology once it has caught up with the ingested articles, and alone it had measured nothing, silently.
     */
    static Set<String> withPrerequisites(List<String> steps) {
        Set<String> selected = new LinkedHashSet<>(steps);
        if (selected.contains("latency") && !selected.contains("topology")) {
            System.out.println("The latency step runs on the caught-up topology: running the topology step too.");
            selected.add("topology");
        }
        return selected;
    }

    private static void print(Map<String, Object> results) {
        Map<String, Object> r = new HashMap<>(results);
        String[][] rows = {
                {"Kafka ProducerPerformance (acks=all, idempotent, 256 KB batches, lz4)", "producer_perf_rps", "records/s"},
                {"  its second half (steady state)", "producer_perf_steady_rps", "records/s"},
                {"Newswire ingest of the same number of articles", "ingest_rps", "articles/s"},
                {"  ratio to ProducerPerformance", "ingest_ratio", "(target ≥ 0.95)"},
                {"  its second half", "ingest_steady_rps", "articles/s"},
                {"  ratio to ProducerPerformance's second half", "ingest_steady_ratio", "(target ≥ 0.95)"},
                {"Pass-through Streams topology (bytes, EOS v2)", "passthrough_rps", "records/s"},
                {"  second half of its output", "passthrough_warm_rps", "records/s"},
                {"  CPU per record: stream thread / its JVM / broker", "passthrough_cpu", "ms"},
                {"Whole-topology warm-up before the timed run (articles out)", "warmup_articles", "articles"},
                {"Newswire whole topology (raw → enriched → stories → topics)", "topology_rps", "articles/s (target ≥ 1,000)"},
                {"  second half of its output", "topology_warm_rps", "articles/s"},
                {"  CPU per article: stream threads / their JVM / broker", "topology_cpu", "ms"},
                {"  thread blocked on Kafka / commit flush / offsets / txn commit", "topology_waits", "of wall time"},
                {"  ratio to pass-through", "topology_ratio", "(target ≥ 0.15; 0.5 the stretch)"},
                {"  ratio of the second halves", "topology_warm_ratio", ""},
                {"Per-language stage alone (entities, near-duplicates, stories), one task", "clustering_stage_rps", "articles/s"},
                {"  story state per story (its changelog record per article)", "story_state_bytes", "bytes"},
                {"Enrichment per article, one core", "enrich_us_per_article", "µs (target ≤ 300)"},
                {"Story window: articles inside it (per-language stage)", "window_articles", "articles"},
                {"  live heap after GC, highest checkpoint", "window_live_heap_mb", "MB (target ≤ 512)"},
                {"  state stores at the end", "window_state_mb", "MB"},
                {"Streams JVM heap in use after GC, peak", "streams_heap_after_gc_mb", "MB (target ≤ 512)"},
                {"  live after a full GC, end of the timed run", "streams_live_heap_mb", "MB"},
                {"Streams JVM peak RSS", "streams_rss_mb", "MB"},
                {"State stores after the run", "state_store_mb", "MB"}};
        System.out.printf(Locale.ROOT, "%n%d articles, %s bytes each on average%n", r.get("articles"), r.get("avg_article_bytes"));
        if (r.get("topology_thread_time_shares") instanceof Map<?, ?> shares) {
            r.put("topology_waits", shares.values().stream().map(String::valueOf).collect(Collectors.joining(" / ")));
        }
        for (String step : List.of("passthrough", "topology")) {
            if (r.containsKey(step + "_cpu_ms_jvm")) {
                r.put(step + "_cpu", r.get(step + "_cpu_ms_stream_threads") + " / " + r.get(step + "_cpu_ms_jvm") + " / " + r.get(step + "_cpu_ms_broker"));
            }
        }
        for (String[] row : rows) {
            if (r.containsKey(row[1])) {
                System.out.printf(Locale.ROOT, "%-70s %12s %s%n", row[0], r.get(row[1]), row[2]);
            }
        }
        r.keySet().stream().filter(k -> k.startsWith("latency_at_")).sorted(Comparator.comparingInt(k -> Integer.parseInt(k.substring(11))))
                .forEach(k -> {
                    Map<?, ?> at = (Map<?, ?>) r.get(k);
                    System.out.printf(Locale.ROOT, "%-70s %12s %s%n", "End-to-end latency p50 / p99 / max at " + at.get("offered_rps") + " articles/s offered",
                            at.get("p50_ms") + " / " + at.get("p99_ms") + " / " + at.get("max_ms"),
                            "ms (" + at.get("articles_seen") + " of " + at.get("articles_sent") + " seen; target p99 ≤ 250 at 100/s, ≤ 500 at 500/s)");
                });
        if (r.get("broker_writes_per_article") instanceof Map<?, ?> writes) {
            System.out.printf(Locale.ROOT, "%nWritten to the broker per article by the whole topology%n%-56s %10s %10s%n", "topic", "records", "bytes");
            writes.forEach((topic, usage) -> {
                Map<?, ?> u = (Map<?, ?>) usage;
                System.out.printf(Locale.ROOT, "%-56s %10s %10s%n", topic, u.get("records"), u.get("bytes"));
            });
            if (writes.get("all topics") instanceof Map<?, ?> all && all.get("records") instanceof Number records
                    && all.get("bytes") instanceof Number bytes) {
                boolean met = records.doubleValue() <= WRITES_TARGET_RECORDS && bytes.doubleValue() <= WRITES_TARGET_BYTES;
                System.out.printf(Locale.ROOT, "%-56s %10s %10s  %s%n", "target", "<= " + WRITES_TARGET_RECORDS, "<= " + WRITES_TARGET_BYTES,
                        met ? "met" : "missed");
            }
        }
    }

    /** What the topology may write per article, public topics included (issue 25's target). */
    private static final int WRITES_TARGET_RECORDS = 8;
    private static final int WRITES_TARGET_BYTES = 6 * 1024;

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
