package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code run} command as a user runs it, in its own JVM: articles come out, SIGKILL leaves no
 * broker behind, and a second run on the same data directory keeps topics and schema ids.
 */
class RunCommandIT {

    private static final Pattern BROKER_UP = Pattern.compile("Broker up in .* \\(pid (\\d+)\\)");
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    static Path dataDir;

    private static Map<String, String> ports;
    private static long firstBrokerPid;
    private static int firstSchemaId;
    private static List<String> firstOutput;
    private static RunningCli second;
    private static long secondBrokerPid;

    @BeforeAll
    static void runKillAndRestart() throws Exception {
        ports = TestStack.localSettings(dataDir);
        try (RunningCli first = RunningCli.start(ports)) {
            firstBrokerPid = first.brokerPid();
            firstOutput = first.awaitLines(lines -> lines.stream().filter(l -> l.startsWith("news.articles.enriched")).count() >= 2);
            firstSchemaId = schemaId();
            first.kill();
        }
        Optional<ProcessHandle> broker = ProcessHandle.of(firstBrokerPid);
        if (broker.isPresent()) {
            broker.get().onExit().get(30, TimeUnit.SECONDS);
        }
        second = RunningCli.start(ports);
        secondBrokerPid = second.brokerPid();
    }

    /**
     * The broker is a process of its own: {@code run} stops it on the way out, but may exit first, and a broker still
     * writing its log would make the temporary directory fail to delete. Wait for it, and stop it if it lingers.
     */
    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        Optional<ProcessHandle> broker = secondBrokerPid == 0 ? Optional.empty() : ProcessHandle.of(secondBrokerPid);
        if (broker.isPresent()) {
            try {
                broker.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                broker.get().destroyForcibly();
                broker.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void shouldPrintParsedArticlesAsOneLineEach() {
        assertTrue(firstOutput.stream().anyMatch(l -> l.contains("Ferry crews end three-day strike after pay offer")
                && l.contains("Owen Pritchard")), String.join("\n", firstOutput));
    }

    @Test
    void shouldLeaveNoBrokerWhenRunIsKilled() {
        assertFalse(ProcessHandle.of(firstBrokerPid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void shouldKeepSchemaIdsAcrossRestart() throws Exception {
        assertEquals(firstSchemaId, schemaId());
    }

    @Test
    void shouldKeepTopicsAcrossRestart() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", "127.0.0.1:" + ports.get("local.broker.port")))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertTrue(topics.containsAll(Set.of("news.articles.raw", "news.articles.enriched", "news.dlq", "_schemas")), topics.toString());
        }
    }

    private static int schemaId() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + ports.get("local.registry.port") + "/subjects/news.articles.enriched-value/versions/1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).get("id").asInt();
    }

    /** {@code newswire run} in a child JVM on this test's classpath, its stdout collected line by line. */
    private static final class RunningCli implements AutoCloseable {
        private final Process process;
        private final List<String> lines = new ArrayList<>();

        private RunningCli(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // Process ended.
                }
            }, "run-output");
            reader.setDaemon(true);
            reader.start();
        }

        static RunningCli start(Map<String, String> ports) throws Exception {
            Path fixtures = Path.of(RunCommandIT.class.getResource("/fixtures/lakeside-gazette").toURI());
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), Newswire.class.getName(), "run",
                    "--data-dir", ports.get("local.data.dir"),
                    "--broker-port", ports.get("local.broker.port"),
                    "--controller-port", ports.get("local.controller.port"),
                    "--registry-port", ports.get("local.registry.port"),
                    "--api-port", ports.get("api.port"),
                    fixtures.toString());
            return new RunningCli(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        long brokerPid() throws InterruptedException {
            List<String> seen = awaitLines(l -> l.stream().anyMatch(x -> BROKER_UP.matcher(x).find()));
            Matcher m = seen.stream().map(BROKER_UP::matcher).filter(Matcher::find).findFirst().orElseThrow();
            return Long.parseLong(m.group(1));
        }

        List<String> awaitLines(java.util.function.Predicate<List<String>> done) throws InterruptedException {
            Instant deadline = Instant.now().plus(WAIT);
            synchronized (lines) {
                while (!done.test(lines)) {
                    if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                        throw new AssertionError("run did not produce the expected output; got:\n" + String.join("\n", lines));
                    }
                    lines.wait(500);
                }
                return List.copyOf(lines);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
