package io.newswire.streams.processors;

import io.newswire.avro.Article;
import io.newswire.avro.SharedPassage;
import io.newswire.streams.ArticleMemories;
import io.newswire.streams.ArticleMemory;
import io.newswire.streams.enrich.MinHasher;
import io.newswire.streams.enrich.NearDuplicateIndex;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Marks an article as a near-duplicate of the earlier article it shares most text with. Runs in the
 * language-keyed clustering task, so every fingerprint meets every other of its language (see docs/enrichment.md
 * for the trade-off); fingerprints older than the retention are evicted hourly.
 */
public final class NearDuplicateProcessor implements FixedKeyProcessor<String, Article, Article> {

    public static final String NUMBER_STORE = "near-duplicate-numbers";
    public static final String INDEX_STORE = "near-duplicate-index";

    private final double minSimilarity;
    private final Duration retention;
    private FixedKeyProcessorContext<String, Article> context;
    private NearDuplicateIndex index;

    NearDuplicateProcessor(double minSimilarity, Duration retention) {
        this.minSimilarity = minSimilarity;
        this.retention = retention;
    }

    /**
     * The processor with its stores. The index and the number-to-id map are derived from the fingerprints (128
     * writes per article and one more would dominate the broker's load if logged), so they are rebuilt from the
     * logged fingerprints instead; those are kept in {@code articles}, the store the story clusterer shares.
     */
    public static FixedKeyProcessorSupplier<String, Article, Article> supplier(double minSimilarity, Duration retention,
            StoreBuilder<KeyValueStore<String, ArticleMemory>> articles) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Article> get() {
                return new NearDuplicateProcessor(minSimilarity, retention);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // Ordered, so the topology description (and its golden file) is the same on every run.
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        articles,
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NUMBER_STORE), Serdes.Integer(), Serdes.String())
                                .withLoggingDisabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX_STORE), Serdes.String(), Serdes.ByteArray())
                                .withLoggingDisabled()));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.index = new NearDuplicateIndex(new ArticleMemories(context.getStateStore(ArticleMemories.STORE)), context.getStateStore(NUMBER_STORE),
                context.getStateStore(INDEX_STORE), minSimilarity);
        index.rebuildIfEmpty();
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME,
                now -> index.evictOlderThan(now - retention.toMillis()));
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        if (article.getFingerprint() == null) {
            context.forward(record);
            return;
        }
        ByteBuffer bytes = article.getFingerprint().getMinhash().duplicate();
        byte[] bins = new byte[bytes.remaining()];
        bytes.get(bins);
        MinHasher.Signature signature = MinHasher.Signature.fromBytes(bins, article.getFingerprint().getShingles());
        List<NearDuplicateIndex.Match> matches = index.matchAndAdd(article.getId(), signature, record.timestamp());
        NearDuplicateIndex.Match copy = matches.stream().filter(NearDuplicateIndex.Match::copy).findFirst().orElse(null);
        if (copy != null) {
            article.setDuplicateOf(copy.id());
            article.setDuplicateSimilarity(copy.similarity());
            article.setSharedTextShare(copy.sharedShare());
        }
        // What else it shares (a quote every outlet carried, a wire paragraph) is reported, not called a duplicate.
        article.setSharedPassages(matches.stream().filter(m -> m != copy).limit(NearDuplicateIndex.MAX_PASSAGES)
                .map(m -> new SharedPassage(m.id(), m.sharedShare(), m.similarity())).toList());
        context.forward(record);
    }
}
