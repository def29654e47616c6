package io.newswire.app.cli;

import io.newswire.app.local.LocalStack;
import io.newswire.app.print.RecordLine;
import io.newswire.app.print.TopicTail;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.producer.FileIngestor;
import io.newswire.producer.IngestReport;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.producer.TextArticleReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The local default: a real Kafka broker, the schema registry endpoint, the stream processors with",
                "their dashboard and HTTP API, and an ingest of the sample articles (or PATHs), printing every output record as one line.",
                "State lives in --data-dir and survives restarts. Ctrl-C stops everything."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the broker and streams keep state (default ~/.newswire).")
    Path dataDir;

    @Option(names = "--broker-port", paramLabel = "PORT", description = "Kafka listener port (default 9092).")
    Integer brokerPort;

    @Option(names = "--controller-port", paramLabel = "PORT", description = "KRaft controller port (default 9093).")
    Integer controllerPort;

    @Option(names = "--registry-port", paramLabel = "PORT", description = "Schema registry port (default 8081).")
    Integer registryPort;

    @Option(names = "--api-port", paramLabel = "PORT", description = "Port of the dashboard and HTTP API (default 8080).")
    Integer apiPort;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or directories (default: the bundled samples).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> local = new HashMap<>();
        put(local, Setting.LOCAL_DATA_DIR.key(), dataDir);
        put(local, Setting.LOCAL_BROKER_PORT.key(), brokerPort);
        put(local, Setting.LOCAL_CONTROLLER_PORT.key(), controllerPort);
        put(local, Setting.LOCAL_REGISTRY_PORT.key(), registryPort);
        put(local, Setting.API_PORT.key(), apiPort);
        NewswireConfig base = connection.load(local);
        PrintStream out = System.out;
        out.printf("Starting Kafka broker on 127.0.0.1:%d (data in %s)...%n", base.brokerPort(), base.dataDir());
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (LocalStack stack = LocalStack.start(base, forced -> {
            Map<String, String> all = new HashMap<>(local);
            all.putAll(forced);
            return connection.load(all);
        })) {
            out.printf("Broker up in %.1f s (pid %d); schema registry at %s; stream processors starting.%n",
                    stack.brokerStartTime().toMillis() / 1000.0, stack.broker().pid(), stack.registryUrl());
            out.println("Newsroom dashboard: " + stack.dashboardUrl() + "  (API: " + stack.dashboardUrl() + "api/stories, "
                    + stack.dashboardUrl() + "openapi.yaml)");
            TopicTail tail = new TopicTail(stack.config().clientProperties(), null)
                    .start(List.of(stack.topics().enriched().name(), stack.topics().events().name(), stack.topics().deadLetters().name()), false);
            Thread printer = new Thread(() -> tail.follow(
                    r -> out.println(RecordLine.format(r.topic(), r.key(), r.value()) + RecordLine.latency(r.value())),
                    Long.MAX_VALUE, null), "printer");
            printer.start();
            // The JVM exits when its hooks return, whatever main is doing: the hook waits for main to close the
            // stack, or the processors would die without writing their checkpoints (and restore from scratch next run).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.println("Stopping...");
                tail.wakeup();
                stopped.countDown();
                try {
                    closed.await(90, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newswire-shutdown"));
            List<Path> inputs = paths.isEmpty() ? List.of(Samples.directory()) : paths;
            try (RawArticlePublisher publisher = RawArticlePublisher.create(stack.config(), stack.topics(), Clock.systemUTC())) {
                IngestReport report = new FileIngestor(new TextArticleReader(Clock.systemUTC()), publisher).ingest(inputs);
                out.println("Ingested " + inputs + ": " + report.summary());
            }
            out.println("Following " + stack.topics().enriched() + ", " + stack.topics().events() + " and " + stack.topics().deadLetters()
                    + ". Ingest more with './newswire ingest PATH'; add a news topic with './newswire rules add SLUG QUERY'. Ctrl-C to stop.");
            stopped.await();
            printer.join(5000);
            tail.close();
        } finally {
            closed.countDown();
        }
        out.println("Stopped.");
        return 0;
    }

    private static void put(Map<String, String> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }
}
