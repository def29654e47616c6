package io.newswire.app.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the broker child JVM: formats the log directory on first start, then runs
 * {@code kafka.Kafka}. It exits when its standard input closes, which happens when the parent
 * dies for any reason (SIGKILL included), so a killed {@code run} never leaves an orphan broker.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BrokerMain <server.properties> <cluster-id> <log-dir>");
            System.exit(2);
        }
        watchParent(System.in);
        Path logDir = Path.of(args[2]);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int formatted = kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", args[1], "-c", args[0], "--ignore-formatted"}, System.out);
            if (formatted != 0) {
                System.err.println("Formatting the broker's log directory failed with exit code " + formatted);
                System.exit(formatted);
            }
        }
        kafka.Kafka.main(new String[] {args[0]});
    }

    private static void watchParent(InputStream parent) {
        Thread watchdog = new Thread(() -> {
            try {
                while (parent.read() != -1) {
                    // The parent never writes; any byte is ignored.
                }
            } catch (IOException e) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.err.println("Parent process is gone: shutting the broker down");
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
