package io.newswire.streams.trends;

import io.newswire.avro.TrendCount;
import io.newswire.avro.internal.LinkingInput;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Counts each linking input's trend hits (see {@link TrendHits}) in hopping windows of event time and forwards
 * every window's final counts when it closes, keyed by trend key. The API derives the live windows from the store.
 */
public final class TrendCountingProcessor implements Processor<String, LinkingInput, String, TrendCount> {

    /**
     * Counts per "topic:SLUG" and "entity:ID" and five-minute bucket, live; a window's count is the sum of its
     * buckets ({@link TrendWindows#hopping}). Renamed from trend-counts, which held each window's count.
     */
    public static final String TREND_STORE = "trend-buckets";
    /** How far the final counts have been emitted, so a restarted task neither repeats nor skips a window. */
    public static final String PROGRESS_STORE = "trend-progress";
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final Duration ADVANCE = Duration.ofMinutes(5);

    private final Duration grace;
    private ProcessorContext<String, TrendCount> context;
    private TrendWindows windows;

    private TrendCountingProcessor(Duration grace) {
        this.grace = grace;
    }

    /** @param grace how late an article may be and still count in its windows */
    public static ProcessorSupplier<String, LinkingInput, String, TrendCount> supplier(Duration grace) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, LinkingInput, String, TrendCount> get() {
                return new TrendCountingProcessor(grace);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(TREND_STORE, TrendWindows.bucketRetention(WINDOW, grace), ADVANCE, false),
                                Serdes.String(), Serdes.Long()).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROGRESS_STORE), Serdes.String(), Serdes.Long())
                                .withCachingEnabled()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, TrendCount> context) {
        this.context = context;
        this.windows = new TrendWindows(WINDOW, ADVANCE, grace, context.getStateStore(TREND_STORE), context.getStateStore(PROGRESS_STORE));
    }

    @Override
    public void process(Record<String, LinkingInput> record) {
        List<TrendHits.Hit> hits = TrendHits.of(record.value());
        if (hits.isEmpty()) {
            return;
        }
        long latest = hits.stream().mapToLong(TrendHits.Hit::at).max().getAsLong();
        // Trends keep the input's (arrival) timestamp: a back-filled window stamped years ago would fall to retention.
        for (TrendCount closed : windows.advanceTo(latest)) {
            context.forward(new Record<>(closed.getKey(), closed, record.timestamp()));
        }
        for (TrendHits.Hit hit : hits) {
            windows.count(hit.key(), hit.at());
        }
    }
}
