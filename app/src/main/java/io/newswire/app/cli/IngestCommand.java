package io.newswire.app.cli;

import io.newswire.config.UserFacingException;
import io.newswire.app.local.TopicProvisioner;
import io.newswire.config.NewswireConfig;
import io.newswire.app.print.ProgressLine;
import io.newswire.producer.DirectoryWatcher;
import io.newswire.producer.FileIngestor;
import io.newswire.producer.IngestReport;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.producer.SourcesFile;
import io.newswire.producer.TextArticleReader;
import io.newswire.producer.feeds.FeedPoller;
import io.newswire.producer.feeds.FeedRound;
import io.newswire.producer.feeds.FeedSource;
import io.newswire.producer.feeds.WebClient;
import io.newswire.producer.feeds.KafkaSourceStateStore;
import io.newswire.topics.NewswireTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish articles to news.articles.raw: files and directories (seed-form text, .html pages,",
                ".jsonl lines) and RSS/Atom feed URLs (polled politely: conditional GET, Retry-After, backoff).",
                "Unreadable input becomes dead letters; exits 1 if any article was not delivered, 2 if a named path does not exist."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "PATH_OR_URL", arity = "0..*", description = "Files, directories or feed URLs.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "FILE", description = "A YAML list of sources (feeds with intervals, directories).")
    Path sourcesFile;

    @Option(names = "--follow", description = "Keep polling the feeds and watching the directories for new and changed files until stopped (Ctrl-C).")
    boolean follow;

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often to poll each feed (default 5m).")
    Duration pollInterval = Duration.ofMinutes(5);

    @Option(names = "--no-full-pages", description = "Publish feed entries as the feed gives them, even teasers (by default a teaser's linked page is fetched where robots.txt allows).")
    boolean noFullPages;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest feed body accepted (default ${DEFAULT-VALUE}).")
    long maxBody = 10L * 1024 * 1024;

    @Option(names = "--parallel", paramLabel = "N", description = "Hosts fetched at once; one host's feeds are always fetched one at a time (default ${DEFAULT-VALUE}).")
    int parallel = 8;

    @Option(names = "--host-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Pause between two requests to one host (default 1s).")
    Duration hostDelay = Duration.ofSeconds(1);

    /** Feeds that could not be read at all in the last round: a one-shot ingest then fails. */
    private int failingFeeds;

    @Override
    public Integer call() throws InterruptedException {
        List<Path> paths = new ArrayList<>();
        List<FeedSource> feeds = new ArrayList<>();
        if (sourcesFile != null) {
            SourcesFile.Sources listed = SourcesFile.read(sourcesFile);
            feeds.addAll(listed.feeds());
            paths.addAll(listed.paths());
        }
        if (inputs.isEmpty() && sourcesFile == null) {
            throw new UserFacingException("nothing to ingest: give paths, feed URLs or --sources FILE");
        }
        for (String input : inputs) {
            if (input.startsWith("http://") || input.startsWith("https://")) {
                FeedSource source = FeedSource.of(input);
                feeds.add(new FeedSource(source.name(), source.url(), pollInterval, !noFullPages));
            } else {
                paths.add(Path.of(input));
            }
        }
        // A mistyped path is the user's error, not input to dead-letter: say so before connecting anywhere.
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            throw new UserFacingException("no such file or directory: "
                    + String.join(", ", missing.stream().map(Path::toString).toList()));
        }
        NewswireConfig config = connection.load();
        NewswireTopics topics = TopicProvisioner.provisionPipeline(config);
        CountDownLatch stop = new CountDownLatch(1);
        if (follow) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "ingest-stop"));
        }
        try (RawArticlePublisher publisher = RawArticlePublisher.create(config, topics, Clock.systemUTC())) {
            FileIngestor files = new FileIngestor(new TextArticleReader(Clock.systemUTC()), publisher);
            if (!paths.isEmpty()) {
                files.ingest(paths, ProgressLine.forConsole());
            }
            Thread watching = follow ? watch(files, paths.stream().filter(Files::isDirectory).toList()) : null;
            if (!feeds.isEmpty()) {
                pollFeeds(config, topics, publisher, feeds, stop);
            } else if (watching != null) {
                stop.await();
            }
            if (watching != null) {
                watching.interrupt();
                watching.join(2000);
            }
            IngestReport report = publisher.finish();
            System.out.println(report.summary());
            report.undelivered().forEach(u -> System.err.println("not delivered: " + u));
            // Files that all became dead letters are not a successful ingest, however cleanly they were delivered.
            if (!follow && feeds.isEmpty() && report.published() == 0) {
                System.err.println("newswire: nothing could be read from " + paths + " (" + report.deadLettered()
                        + " dead-lettered with their reasons on " + topics.deadLetters().name() + ")");
                return 1;
            }
            if (!follow && failingFeeds > 0) {
                System.err.println("newswire: " + failingFeeds + " feed(s) could not be read (reasons on " + topics.deadLetters().name() + ")");
                return 1;
            }
            return report.success() ? 0 : 1;
        }
    }

    /** Watches the directories on a thread of its own; new and changed files are ingested as they settle. */
    private static Thread watch(FileIngestor files, List<Path> directories) {
        if (directories.isEmpty()) {
            return null;
        }
        Thread thread = new Thread(() -> {
            try (DirectoryWatcher watcher = new DirectoryWatcher(directories)) {
                System.out.println("Watching " + directories + " for new and changed files");
                watcher.run(file -> {
                    files.ingestFile(file);
                    System.out.println("ingested " + file);
                });
            } catch (java.io.IOException e) {
                System.err.println("newswire: cannot watch " + directories + ": " + e.getMessage());
            }
        }, "directory-watcher");
        thread.start();
        return thread;
    }

    private void pollFeeds(NewswireConfig config, NewswireTopics topics, RawArticlePublisher publisher, List<FeedSource> feeds,
                           CountDownLatch stop) throws InterruptedException {
        try (KafkaSourceStateStore states = new KafkaSourceStateStore(topics.sourceState(), config.clientProperties())) {
            WebClient web = new WebClient(WebClient.Policy.publicWeb(maxBody, config.fetchAllowHosts()));
            FeedPoller poller = new FeedPoller(states, publisher, Clock.systemUTC(), web);
            FeedRound round = new FeedRound(poller, parallel, hostDelay);
            boolean firstRound = true;
            do {
                // The first round fetches now (still a conditional GET); the schedule applies from then on.
                FeedRound.Report report = round.poll(feeds, firstRound);
                report.results().forEach((feed, result) -> {
                    if (result.outcome() == FeedPoller.Outcome.FAILED) {
                        System.err.println(feed.url() + ": failing (the reason is on " + topics.deadLetters().name() + ")");
                    }
                });
                System.out.println(report.summary());
                failingFeeds = report.counts().getOrDefault(FeedPoller.Outcome.FAILED, 0);
                long nextDue = report.nextDue();
                firstRound = false;
                publisher.finish();
                if (!follow || publisher.stopped()) {
                    break;
                }
                long wait = Math.max(1000, nextDue - System.currentTimeMillis());
                if (stop.await(wait, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } while (true);
        }
    }
}
