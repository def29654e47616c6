package io.newswire.producer.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs one request-making task per feed, hosts in parallel and each host politely: the feeds of one host
 * one after another with a pause between two that fetched, never two at once, up to {@code parallel}
 * hosts at the same time. What both a poll round and a sources check need.
 */
final class PoliteFetching {

    private PoliteFetching() {
    }

    /** Each feed's result, in the list's order; {@code fetched} says whether a result cost the host a request. */
    static <R> Map<FeedSource, R> run(List<FeedSource> feeds, int parallel, Duration pause, Function<FeedSource, R> task,
                                      Predicate<R> fetched) throws InterruptedException {
        Map<String, List<FeedSource>> byHost = new LinkedHashMap<>();
        for (FeedSource feed : feeds) {
            byHost.computeIfAbsent(host(feed), h -> new ArrayList<>()).add(feed);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(Math.max(1, parallel), Math.max(1, byHost.size())));
        Map<FeedSource, R> results = new ConcurrentHashMap<>();
        try {
            List<Future<?>> hosts = new ArrayList<>();
            for (List<FeedSource> hostFeeds : byHost.values()) {
                hosts.add(pool.submit(() -> {
                    boolean previousFetched = false;
                    for (FeedSource feed : hostFeeds) {
                        if (previousFetched && !pause.isZero()) {
                            Thread.sleep(pause.toMillis());
                        }
                        R result = task.apply(feed);
                        results.put(feed, result);
                        previousFetched = fetched.test(result);
                    }
                    return null;
                }));
            }
            for (Future<?> host : hosts) {
                try {
                    host.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("fetching a feed failed unexpectedly", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<FeedSource, R> ordered = new LinkedHashMap<>();
        feeds.forEach(f -> ordered.put(f, results.get(f)));
        return ordered;
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
