package io.newswire.streams.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.TrendCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrendWindowsTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration ADVANCE = Duration.ofMinutes(5);
    private static final Duration GRACE = Duration.ofMinutes(10);

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private WindowStore<String, Long> counts;
    private KeyValueStore<String, Long> progress;
    private TrendWindows windows;
    private final List<TrendCount> emitted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        counts = Stores.windowStoreBuilder(Stores.inMemoryWindowStore("buckets", TrendWindows.bucketRetention(HOUR, GRACE), ADVANCE, false),
                        Serdes.String(), Serdes.Long())
                .withLoggingDisabled().build();
        counts.init(context.getStateStoreContext(), counts);
        progress = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("progress"), Serdes.String(), Serdes.Long())
                .withLoggingDisabled().build();
        progress.init(context.getStateStoreContext(), progress);
        windows = new TrendWindows(HOUR, ADVANCE, GRACE, counts, progress);
    }

    private void hit(String key, Duration after) {
        long at = T0.plus(after).toEpochMilli();
        emitted.addAll(windows.advanceTo(at));
        windows.count(key, at);
    }

    private List<TrendCount> firstHour(String key) {
        return emitted.stream().filter(t -> t.getKey().equals(key) && t.getWindowStart().equals(T0)).toList();
    }

    @Test
    void shouldEmitEachWindowOnceWhenStreamTimePassesItsEndAndGrace() {
        hit("topic:disaster", Duration.ofMinutes(10));
        hit("topic:disaster", Duration.ofMinutes(20));
        hit("topic:science", HOUR.plus(GRACE).minusMillis(1));
        assertTrue(firstHour("topic:disaster").isEmpty());
        hit("topic:science", HOUR.plus(GRACE));
        hit("topic:science", Duration.ofHours(4));
        assertEquals(1, firstHour("topic:disaster").size());
        assertEquals(2, firstHour("topic:disaster").get(0).getCount());
    }

    @Test
    void shouldEmitTheWindowsOfOneHitInEveryHoppingWindowThatHoldsIt() {
        hit("entity:lindenholm", Duration.ofMinutes(30));
        hit("entity:chile", Duration.ofHours(4));
        assertEquals(12, emitted.stream().filter(t -> t.getKey().equals("entity:lindenholm")).count());
    }

    @Test
    void shouldWriteOneCountPerHitNotOnePerWindow() {
        hit("entity:lindenholm", Duration.ofMinutes(30));
        hit("entity:lindenholm", Duration.ofMinutes(31));

        try (var all = counts.all()) {
            assertEquals(2L, all.next().value);
            assertTrue(!all.hasNext());
        }
    }

    @Test
    void shouldSumAWindowsBucketsFromTheFirstWindowAsked() {
        long minute = Duration.ofMinutes(1).toMillis();
        java.util.SortedMap<Long, Long> windows = TrendWindows.hopping(new java.util.TreeMap<>(java.util.Map.of(60 * minute, 2L, 70 * minute, 1L)),
                HOUR.toMillis(), ADVANCE.toMillis(), 15 * minute);

        assertEquals(java.util.List.of(15 * minute, 60 * minute, 70 * minute),
                java.util.List.of(windows.firstKey(), windows.headMap(65 * minute).lastKey(), windows.lastKey()));
        assertEquals(3L, windows.get(15 * minute));
        assertEquals(1L, windows.get(70 * minute));
    }

    @Test
    void shouldCountALateHitInTheWindowsStillOpen() {
        hit("entity:lindenholm", Duration.ofMinutes(30));
        hit("entity:chile", Duration.ofMinutes(65));
        hit("entity:lindenholm", Duration.ofMinutes(20));
        hit("entity:chile", Duration.ofHours(4));
        assertEquals(2, firstHour("entity:lindenholm").get(0).getCount());
    }

    @Test
    void shouldDropAHitLaterThanTheGraceOfItsWindow() {
        hit("entity:lindenholm", Duration.ofMinutes(30));
        hit("entity:chile", Duration.ofMinutes(75));
        hit("entity:lindenholm", Duration.ofMinutes(20));
        hit("entity:chile", Duration.ofHours(4));
        assertEquals(1, firstHour("entity:lindenholm").get(0).getCount());
    }

    @Test
    void shouldNeitherRepeatNorSkipWindowsAfterARestart() {
        hit("entity:lindenholm", Duration.ofMinutes(30));
        hit("entity:chile", Duration.ofMinutes(75));
        windows = new TrendWindows(HOUR, ADVANCE, GRACE, counts, progress);
        hit("entity:chile", Duration.ofHours(4));
        long lindenholm = emitted.stream().filter(t -> t.getKey().equals("entity:lindenholm")).count();
        assertEquals(12, lindenholm);
        assertEquals(emitted.size(), emitted.stream().map(t -> t.getKey() + t.getWindowStart()).distinct().count());
    }
}
