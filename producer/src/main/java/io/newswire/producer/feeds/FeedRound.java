package io.newswire.producer.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One round over a list of feeds, hosts in parallel and each host politely: the feeds of one host are
 * fetched one after another with a pause between them, never two at once, while up to {@code parallel}
 * hosts are fetched at the same time. Hundreds of feeds stay fresh without any site seeing more than one
 * of our requests at a time.
 */
public final class FeedRound {

    /** How a round went, feed by feed in the list's order, and counted by outcome. */
    public record Report(Map<FeedSource, FeedPoller.Result> results) {
        public Map<FeedPoller.Outcome, Integer> counts() {
            Map<FeedPoller.Outcome, Integer> counts = new EnumMap<>(FeedPoller.Outcome.class);
            results.values().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
            return counts;
        }

        public int published() {
            return results.values().stream().mapToInt(FeedPoller.Result::published).sum();
        }

        public long nextDue() {
            return results.values().stream().mapToLong(FeedPoller.Result::nextPollAt).min().orElse(Long.MAX_VALUE);
        }

        /** "42 feeds: 30 fresh (12 with new entries, 57 articles), 2 failing, 10 not due". */
        public String summary() {
            Map<FeedPoller.Outcome, Integer> c = counts();
            int fresh = c.getOrDefault(FeedPoller.Outcome.PUBLISHED, 0) + c.getOrDefault(FeedPoller.Outcome.NOT_MODIFIED, 0);
            return results.size() + " feeds: " + fresh + " fresh (" + c.getOrDefault(FeedPoller.Outcome.PUBLISHED, 0) + " with new entries, "
                    + published() + " articles), " + c.getOrDefault(FeedPoller.Outcome.FAILED, 0) + " failing, "
                    + c.getOrDefault(FeedPoller.Outcome.THROTTLED, 0) + " backing off, " + c.getOrDefault(FeedPoller.Outcome.NOT_DUE, 0) + " not due";
        }
    }

    private final FeedPoller poller;
    private final int parallel;
    private final Duration perHostDelay;

    public FeedRound(FeedPoller poller, int parallel, Duration perHostDelay) {
        this.poller = poller;
        this.parallel = Math.max(1, parallel);
        this.perHostDelay = perHostDelay;
    }

    /** Polls every feed that is due (all of them with {@code now}); returns when all are done. */
    public Report poll(List<FeedSource> feeds, boolean now) throws InterruptedException {
        Map<String, List<FeedSource>> byHost = new LinkedHashMap<>();
        for (FeedSource feed : feeds) {
            byHost.computeIfAbsent(host(feed), h -> new ArrayList<>()).add(feed);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, byHost.size())));
        Map<FeedSource, FeedPoller.Result> results = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            List<Future<?>> hosts = new ArrayList<>();
            for (List<FeedSource> hostFeeds : byHost.values()) {
                hosts.add(pool.submit(() -> {
                    boolean fetched = false;
                    for (FeedSource feed : hostFeeds) {
                        if (fetched && !perHostDelay.isZero()) {
                            Thread.sleep(perHostDelay.toMillis());
                        }
                        FeedPoller.Result result = poller.poll(feed, now);
                        results.put(feed, result);
                        fetched = result.outcome() != FeedPoller.Outcome.NOT_DUE;
                    }
                    return null;
                }));
            }
            for (Future<?> host : hosts) {
                try {
                    host.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("polling a feed failed unexpectedly", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<FeedSource, FeedPoller.Result> ordered = new LinkedHashMap<>();
        feeds.forEach(f -> ordered.put(f, results.get(f)));
        return new Report(ordered);
    }

    /** The politeness unit: the host and port a feed is fetched from (an unparseable URL is its own unit). */
    static String host(FeedSource feed) {
        try {
            URI uri = URI.create(feed.url());
            return uri.getHost() == null ? feed.url() : uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return feed.url();
        }
    }
}
