package io.newswire.streams.trends;

import io.newswire.avro.TrendCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Article counts per trend key in hopping windows of event time, and each window's final counts once stream
 * time has passed its end plus the grace period, as {@code suppress(untilWindowCloses)} emits them. The store
 * holds one count per key and advance-long bucket, and a window's count is the sum of its buckets: a hit is one
 * write instead of one per window that holds it (twelve for an hour advancing by five minutes), which on
 * news_cluster replayed one commit per article was 67 changelog records per article.
 *
 * <p>Written by hand because the counts live in the one-partition linking task, which already sees every
 * article's story change: the DSL can only count by a new key after repartitioning every hit by it, which
 * wrote 6.8 records per article. Windows are aligned as Kafka's hopping {@link TimeWindows} align them.
 */
public final class TrendWindows {

    static final String CLOSED_THROUGH = "closed-through";

    private final TimeWindows windows;
    private final WindowStore<String, Long> buckets;
    private final KeyValueStore<String, Long> progress;
    private long streamTime = -1;
    /** Start of the newest window whose final counts were emitted; null before the first record. */
    private Long closedThrough;

    /** @param buckets counts per key at each bucket's start, retained for {@link #bucketRetention} */
    public TrendWindows(Duration size, Duration advance, Duration grace, WindowStore<String, Long> buckets,
                        KeyValueStore<String, Long> progress) {
        this.windows = TimeWindows.ofSizeAndGrace(size, grace).advanceBy(advance);
        this.buckets = buckets;
        this.progress = progress;
        this.closedThrough = progress.get(CLOSED_THROUGH);
        if (closedThrough != null) {
            // A restarted task must not count into windows it has already emitted.
            streamTime = closedThrough + windows.size() + windows.gracePeriodMs();
        }
    }

    /**
     * Moves stream time to {@code time} if that is later and returns the final counts of the windows that closed,
     * oldest window first. Call it before counting the hits that moved it: the store drops buckets older than
     * its retention measured from the newest bucket written, so closing first reads every bucket still due.
     */
    public List<TrendCount> advanceTo(long time) {
        if (time <= streamTime) {
            return List.of();
        }
        streamTime = time;
        long lastClosed = Math.floorDiv(closeTime() - windows.size(), windows.advanceMs) * windows.advanceMs;
        if (closedThrough == null) {
            // Before the first record nothing was counted, so no window closed by now can hold a count.
            closedThrough = lastClosed;
            progress.put(CLOSED_THROUGH, closedThrough);
            return List.of();
        }
        if (lastClosed <= closedThrough) {
            return List.of();
        }
        // The windows starting after closedThrough up to lastClosed close now; they span buckets up to lastClosed + size.
        Map<String, SortedMap<Long, Long>> due = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, Long> all = buckets.fetchAll(Instant.ofEpochMilli(closedThrough + 1),
                Instant.ofEpochMilli(lastClosed + windows.size() - 1))) {
            all.forEachRemaining(b -> due.computeIfAbsent(b.key.key(), k -> new TreeMap<>()).put(b.key.window().start(), b.value));
        }
        List<TrendCount> closed = new ArrayList<>();
        due.forEach((key, counts) -> hopping(counts, windows.size(), windows.advanceMs, closedThrough + 1).subMap(closedThrough + 1, lastClosed + 1)
                .forEach((start, count) -> closed.add(trend(key, start, count))));
        closedThrough = lastClosed;
        progress.put(CLOSED_THROUGH, closedThrough);
        closed.sort(Comparator.comparing(TrendCount::getWindowStart).thenComparing(TrendCount::getKey));
        return closed;
    }

    /**
     * Counts one article under the key in its bucket while a window holding it is still open (none when it is later
     * than the grace). Windows already closed were emitted without it, as Kafka's windowed count would.
     */
    public void count(String key, long time) {
        long bucket = Math.floorDiv(time, windows.advanceMs) * windows.advanceMs;
        if (bucket + windows.size() > closeTime()) {
            Long count = buckets.fetch(key, bucket);
            buckets.put(key, count == null ? 1L : count + 1, bucket);
        }
    }

    /** How long the buckets are kept: the windows still to close, and an hour of closed ones for the API. */
    public static Duration bucketRetention(Duration size, Duration grace) {
        return size.multipliedBy(2).plus(grace);
    }

    /**
     * The counts of the hopping windows starting at or after {@code from} that hold a counted bucket, by window start.
     *
     * @param buckets one key's counts by bucket start
     */
    public static SortedMap<Long, Long> hopping(SortedMap<Long, Long> buckets, long sizeMs, long advanceMs, long from) {
        SortedMap<Long, Long> windows = new TreeMap<>();
        for (long bucket : buckets.keySet()) {
            for (long start = bucket - sizeMs + advanceMs; start <= bucket; start += advanceMs) {
                if (start >= from) {
                    windows.merge(start, buckets.get(bucket), Long::sum);
                }
            }
        }
        return windows;
    }

    private long closeTime() {
        return streamTime - windows.gracePeriodMs();
    }

    private TrendCount trend(String key, long start, long count) {
        int colon = key.indexOf(':');
        return new TrendCount(key, key.startsWith("topic:") ? "TOPIC" : "ENTITY", key.substring(colon + 1),
                Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + windows.size()), count);
    }
}
