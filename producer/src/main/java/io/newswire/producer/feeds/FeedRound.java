package io.newswire.producer.feeds;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One round over a list of feeds, hosts in parallel and each host politely ({@link PoliteFetching}):
 * hundreds of feeds stay fresh without any site seeing more than one of our requests at a time.
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
        return new Report(PoliteFetching.run(feeds, parallel, perHostDelay, feed -> poller.poll(feed, now),
                result -> result.outcome() != FeedPoller.Outcome.NOT_DUE));
    }
}
