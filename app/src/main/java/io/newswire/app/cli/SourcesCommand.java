package io.newswire.app.cli;

import io.newswire.config.NewswireConfig;
import io.newswire.producer.SourcesFile;
import io.newswire.producer.feeds.SourcesCheck;
import io.newswire.producer.feeds.WebClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true, description = "Work with sources files (lists of feeds and paths).",
        subcommands = {SourcesCommand.Check.class})
public final class SourcesCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Fetch every feed of a sources file once and say which answer with a fresh feed (OK), an old one (STALE),",
                    "redirect elsewhere (MOVED, with the new address), fail (FAILING) or answer with something that is no feed (NOT_A_FEED).",
                    "Exits 1 if any feed is FAILING or NOT_A_FEED. Nothing is published."})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "A sources file, e.g. sources/world.yaml.")
        Path file;

        @Option(names = "--stale-after", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "A feed whose newest entry is older than this is STALE (default: 7d).")
        Duration staleAfter = Duration.ofDays(7);

        @Option(names = "--parallel", paramLabel = "N", description = "Hosts fetched at once; one host's feeds one at a time (default: ${DEFAULT-VALUE}).")
        int parallel = 8;

        @Option(names = "--host-delay", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Pause between two requests to one host, as ingest keeps it (default 1s).")
        Duration hostDelay = Duration.ofSeconds(1);

        @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest feed body accepted (default ${DEFAULT-VALUE}).")
        long maxBody = 10L * 1024 * 1024;

        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() throws InterruptedException {
            NewswireConfig config = connection.load();
            SourcesFile.Sources sources = SourcesFile.read(file);
            SourcesCheck check = new SourcesCheck(new WebClient(WebClient.Policy.publicWeb(maxBody, config.fetchAllowHosts())),
                    Clock.systemUTC(), staleAfter);
            List<SourcesCheck.Result> results = check.check(sources.feeds(), parallel, hostDelay);
            Map<SourcesCheck.Verdict, Integer> counts = new EnumMap<>(SourcesCheck.Verdict.class);
            for (SourcesCheck.Result result : results) {
                counts.merge(result.verdict(), 1, Integer::sum);
                System.out.printf("%-10s %-28s %s — %s%n", result.verdict(), result.source().name(), result.source().url(), result.detail());
            }
            System.out.println(results.size() + " feeds: " + counts);
            return results.stream().anyMatch(SourcesCheck.Result::failed) ? 1 : 0;
        }
    }
}
