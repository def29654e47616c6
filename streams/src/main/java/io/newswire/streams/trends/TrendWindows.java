package io.newswire.streams.trends;

import io.newswire.avro.TrendCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Article counts per trend key in hopping windows of event time, kept in a window store exactly as Kafka
 * Streams' windowed count keeps them (the API reads that store), and each window's final counts once stream
 * time has passed its end plus the grace period, as {@code suppress(untilWindowCloses)} emits them.
 *
 * <p>Written by hand because the counts live in the one-partition linking task, which already sees every
 * article's story change: the DSL can only count by a new key after repartitioning every hit by it, which
 * wrote 6.8 records per article. The window arithmetic is Kafka's own ({@link TimeWindows#windowsFor}).
 */
public final class TrendWindows {

    static final String CLOSED_THROUGH = "closed-through";

    private final TimeWindows windows;
    private final WindowStore<String, Long> counts;
    private final KeyValueStore<String, Long> progress;
    private long streamTime = -1;
    /** Start of the newest window whose final counts were emitted; null before the first record. */
    private Long closedThrough;

    public TrendWindows(Duration size, Duration advance, Duration grace, WindowStore<String, Long> counts,
                        KeyValueStore<String, Long> progress) {
        this.windows = TimeWindows.ofSizeAndGrace(size, grace).advanceBy(advance);
        this.counts = counts;
        this.progress = progress;
        this.closedThrough = progress.get(CLOSED_THROUGH);
        if (closedThrough != null) {
            // A restarted task must not count into windows it has already emitted.
            streamTime = closedThrough + windows.size() + windows.gracePeriodMs();
        }
    }

    /**
     * Moves stream time to {@code time} if that is later and returns the final counts of the windows that closed,
     * oldest window first. Call it before counting the hits that moved it: the store drops windows older than
     * its retention measured from the newest window written, so closing first reads every window still due.
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
        List<TrendCount> closed = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, Long> due = counts.fetchAll(Instant.ofEpochMilli(closedThrough + 1),
                Instant.ofEpochMilli(lastClosed))) {
            due.forEachRemaining(window -> closed.add(trend(window)));
        }
        closedThrough = lastClosed;
        progress.put(CLOSED_THROUGH, closedThrough);
        closed.sort(Comparator.comparing(TrendCount::getWindowStart).thenComparing(TrendCount::getKey));
        return closed;
    }

    /** Counts one article under the key in every window of {@code time} still open (none when it is later than the grace). */
    public void count(String key, long time) {
        for (long start : windows.windowsFor(time).keySet()) {
            if (start + windows.size() > closeTime()) {
                Long count = counts.fetch(key, start);
                counts.put(key, count == null ? 1L : count + 1, start);
            }
        }
    }

    private long closeTime() {
        return streamTime - windows.gracePeriodMs();
    }

    private TrendCount trend(KeyValue<Windowed<String>, Long> window) {
        String key = window.key.key();
        int colon = key.indexOf(':');
        return new TrendCount(key, key.startsWith("topic:") ? "TOPIC" : "ENTITY", key.substring(colon + 1),
                window.key.window().startTime(), window.key.window().endTime(), window.value);
    }
}
