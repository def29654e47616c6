package io.newswire.app.broker;

import io.newswire.config.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker in a child JVM started from this JVM's classpath. Its data
 * lives under {@code dataDir/broker}, so topics, offsets and schemas survive a restart.
 */
public final class LocalBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalBroker.class);

    private final Process process;
    private final BrokerSettings settings;
    private final Path logFile;

    private LocalBroker(Process process, BrokerSettings settings, Path logFile) {
        this.process = process;
        this.settings = settings;
        this.logFile = logFile;
    }

    /** Starts the broker and returns once it accepts connections and reports itself in the cluster. */
    public static LocalBroker start(Path dataDir, int port, int controllerPort, String heap, Duration timeout) {
        return start(dataDir, port, controllerPort, heap, timeout, Map.of());
    }

    /** With extra server properties, e.g. a secured listener for tests of a secured cluster. */
    public static LocalBroker start(Path dataDir, int port, int controllerPort, String heap, Duration timeout, Map<String, String> extra) {
        ensurePortFree(port, "Kafka broker", "--broker-port");
        ensurePortFree(controllerPort, "Kafka controller", "--controller-port");
        Path home = dataDir.resolve("broker");
        BrokerSettings settings = new BrokerSettings(port, controllerPort, home.resolve("kraft-logs"), extra);
        try {
            Files.createDirectories(settings.logDir());
            Path properties = home.resolve("server.properties");
            Files.writeString(properties, settings.serverProperties().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n", "", "\n")));
            Path log4j = writeLogConfig(home);
            Path logFile = home.resolve("broker.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-Xms" + heap, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                    "-Dlog4j2.configurationFile=" + log4j, "-Dnewswire.broker.home=" + home,
                    "-cp", System.getProperty("java.class.path"),
                    BrokerMain.class.getName(), properties.toString(), clusterId(home), settings.logDir().toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            LocalBroker broker = new LocalBroker(process, settings, logFile);
            try {
                broker.awaitReady(timeout);
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local broker under " + home, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + settings.port();
    }

    public long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        // Wait for the TCP port first: an Admin client started earlier floods the log with connection errors.
        while (!accepts(settings.port())) {
            checkAlive();
            if (Instant.now().isAfter(deadline)) {
                throw new UserFacingException("Broker did not open port " + settings.port() + " within " + timeout + "; see " + logFile);
            }
            pause();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                checkAlive();
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    LOG.debug("Broker not ready yet: {}", e.toString());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new UserFacingException("Broker did not join its cluster within " + timeout + "; see " + logFile);
                }
                pause();
            }
        }
    }

    private void checkAlive() {
        if (!process.isAlive()) {
            throw new UserFacingException("Broker exited with code " + process.exitValue() + " during start-up; see " + logFile);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted while waiting for the broker", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void ensurePortFree(int port, String what, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new UserFacingException(what + " port " + port + " is already in use (is another Newswire or Kafka running?): "
                    + "stop it or choose another port with " + option);
        }
    }

    private static String clusterId(Path home) throws IOException {
        Path file = home.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id);
        return id;
    }

    private static Path writeLogConfig(Path home) throws IOException {
        Path file = home.resolve("log4j2.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Configuration status="WARN">
                  <Appenders>
                    <Console name="out" target="SYSTEM_OUT">
                      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
                    </Console>
                  </Appenders>
                  <Loggers>
                    <Logger name="kafka" level="INFO"/>
                    <Logger name="org.apache.kafka" level="INFO"/>
                    <Logger name="state.change.logger" level="WARN"/>
                    <Root level="WARN"><AppenderRef ref="out"/></Root>
                  </Loggers>
                </Configuration>
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** SIGTERM: the broker shuts down cleanly in well under a second; SIGKILL only if it does not. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

}
