package io.newswire.streams.processors;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.newswire.avro.Article;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import io.newswire.streams.errors.StackGuard;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Enriches each article; document frequencies for TF-IDF are learned per task and snapshotted to
 * the {@value #STORE} store every {@value #SNAPSHOT_EVERY} articles and on a timer, so a restart
 * resumes from what was learned rather than from the prior alone.
 */
public final class EnrichProcessor implements FixedKeyProcessor<String, Article, Article> {

    public static final String STORE = "keyword-document-frequencies";
    static final String SNAPSHOT_KEY = "sketch";
    static final int SNAPSHOT_EVERY = 500;

    private final Enricher enricher;
    private final LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, byte[]> store;
    private int sinceSnapshot;
    private final Map<String, Timer> timers = new HashMap<>();

    EnrichProcessor(Enricher enricher) {
        this.enricher = enricher;
    }

    public static FixedKeyProcessorSupplier<String, Article, Article> supplier(Enricher enricher) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Article> get() {
                return new EnrichProcessor(enricher);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray()));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        byte[] snapshot = store.get(SNAPSHOT_KEY);
        if (snapshot != null) {
            frequencies.restore(snapshot);
        }
        context.schedule(Duration.ofSeconds(30), PunctuationType.WALL_CLOCK_TIME, now -> snapshot());
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        long started = System.nanoTime();
        Article enriched = StackGuard.call("enrichment", () -> enricher.enrich(record.value(), frequencies));
        timers.computeIfAbsent(enriched.getLanguage() == null ? "unknown" : enriched.getLanguage(), EnrichProcessor::timer)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        context.forward(record.withValue(enriched));
        if (++sinceSnapshot >= SNAPSHOT_EVERY) {
            snapshot();
        }
    }

    /** Per language: a language whose analysis is slow or whose volume jumps shows as itself. */
    private static Timer timer(String language) {
        return Timer.builder("newswire.enrichment").description("Enrichment of one article, by the language identified")
                .tag("language", language).register(Metrics.globalRegistry);
    }

    private void snapshot() {
        if (sinceSnapshot > 0) {
            store.put(SNAPSHOT_KEY, frequencies.snapshot());
            sinceSnapshot = 0;
        }
    }
}
