package io.newswire.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The per-language task's one store of {@link ArticleMemory} by article id, shared by the near-duplicate detector
 * and the story clusterer. One cached store rather than one each: both write the same article within one
 * record's processing, so it reaches the changelog once a commit (the two stores' changelogs had been 2.0
 * records per article).
 */
public final class ArticleMemories {

    public static final String STORE = "article-memories";

    private final KeyValueStore<String, ArticleMemory> store;

    public ArticleMemories(KeyValueStore<String, ArticleMemory> store) {
        this.store = store;
    }

    /**
     * The store for both processors' suppliers: Kafka Streams shares a store between processors whose suppliers
     * return the same builder instance, so the topology makes one and hands it to both.
     */
    public static StoreBuilder<KeyValueStore<String, ArticleMemory>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), ArticleMemory.serde())
                .withCachingEnabled();
    }

    /** What is remembered of the article; {@link ArticleMemory#NONE} when nothing is. */
    public ArticleMemory get(String id) {
        ArticleMemory memory = store.get(id);
        return memory == null ? ArticleMemory.NONE : memory;
    }

    /** Changes what is remembered of the article; when nothing is left, its entry is deleted. */
    public void update(String id, UnaryOperator<ArticleMemory> change) {
        ArticleMemory changed = change.apply(get(id));
        if (changed.isEmpty()) {
            store.delete(id);
        } else {
            store.put(id, changed);
        }
    }

    /** Reads every article's memory in turn (rebuilding what is derived from them), without collecting them. */
    public void forEach(BiConsumer<String, ArticleMemory> action) {
        try (KeyValueIterator<String, ArticleMemory> all = store.all()) {
            all.forEachRemaining(entry -> action.accept(entry.key, entry.value));
        }
    }

    /** The articles whose memory matches, collected first so the caller may update them as it goes. */
    public List<KeyValue<String, ArticleMemory>> matching(Predicate<ArticleMemory> filter) {
        List<KeyValue<String, ArticleMemory>> found = new ArrayList<>();
        forEach((id, memory) -> {
            if (filter.test(memory)) {
                found.add(KeyValue.pair(id, memory));
            }
        });
        return found;
    }
}
