package io.newswire.streams.processors;

import io.newswire.avro.Article;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import io.newswire.streams.errors.StackGuard;
import io.newswire.streams.PipelineMeters;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Enriches each article; document frequencies for TF-IDF are learned per task and language and snapshotted to
 * the {@value #STORE} store every {@value #SNAPSHOT_EVERY} articles and on a timer, so a restart
 * resumes from what was learned rather than from the prior alone.
 */
public final class EnrichProcessor implements FixedKeyProcessor<String, Article, Article> {

    public static final String STORE = "keyword-document-frequencies";
    /** One key per language ("sketch:de"); the key of the first snapshots, when one sketch held every language, is English's. */
    static final String SNAPSHOT_KEY = "sketch";
    static final int SNAPSHOT_EVERY = 500;

    private final Enricher enricher;
    private final LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, byte[]> store;
    private int sinceSnapshot;
    private boolean legacySnapshot;

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
        try (KeyValueIterator<String, byte[]> snapshots = store.all()) {
            while (snapshots.hasNext()) {
                KeyValue<String, byte[]> snapshot = snapshots.next();
                String key = snapshot.key;
                legacySnapshot |= key.equals(SNAPSHOT_KEY);
                frequencies.restore(key.equals(SNAPSHOT_KEY) ? "en" : key.substring(SNAPSHOT_KEY.length() + 1), snapshot.value);
            }
        }
        context.schedule(Duration.ofSeconds(30), PunctuationType.WALL_CLOCK_TIME, now -> snapshot());
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        long started = System.nanoTime();
        Article enriched = StackGuard.call("enrichment", () -> enricher.enrich(record.value(), frequencies));
        PipelineMeters.enriched(enriched.getLanguage(), System.nanoTime() - started);
        context.forward(record.withValue(enriched));
        if (++sinceSnapshot >= SNAPSHOT_EVERY) {
            snapshot();
        }
    }

    private void snapshot() {
        if (sinceSnapshot > 0) {
            frequencies.changedSnapshots().forEach((code, sketch) -> store.put(SNAPSHOT_KEY + ":" + code, sketch));
            if (legacySnapshot) {
                store.delete(SNAPSHOT_KEY);
                legacySnapshot = false;
            }
            sinceSnapshot = 0;
        }
    }
}
