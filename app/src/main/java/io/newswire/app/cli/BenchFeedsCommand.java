package io.newswire.app.cli;

import io.newswire.app.bench.FeedRoundBenchmark;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-feeds", mixinStandardHelpOptions = true,
        description = {"One full poll round over many RSS feeds served on loopback (127.0.0.1 … 127.0.0.N as N hosts), 20 entries each:",
                "the round's time and the per-host politeness actually kept. No Kafka: articles go to an in-memory producer."})
public final class BenchFeedsCommand implements Callable<Integer> {

    @Option(names = "--feeds", defaultValue = "500", description = "Feeds (default ${DEFAULT-VALUE}).")
    int feeds;

    @Option(names = "--hosts", defaultValue = "50", description = "Host names they are spread over, 1 to 254 (default ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--parallel", defaultValue = "8", description = "Hosts fetched at once, as ingest --parallel (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--host-delay", converter = DurationConverter.class, description = "Pause between two requests to one host (default 1s).")
    Duration hostDelay = Duration.ofSeconds(1);

    @Option(names = "--server-time", converter = DurationConverter.class, description = "How long the server takes per feed (default 50ms).")
    Duration serverTime = Duration.ofMillis(50);

    @Override
    public Integer call() throws Exception {
        if (hosts < 1 || hosts > 254) {
            throw new io.newswire.config.UserFacingException("--hosts must be 1 to 254 (127.0.0.1 to 127.0.0.254), not " + hosts);
        }
        System.out.print(new FeedRoundBenchmark().run(feeds, hosts, parallel, hostDelay, serverTime).report());
        return 0;
    }
}
