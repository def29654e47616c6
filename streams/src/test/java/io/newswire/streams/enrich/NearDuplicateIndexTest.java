package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private static final String TEXT = "the harbour authority approved the second terminal after a long year of talks with the unions";

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final MinHasher hasher = new MinHasher();
    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();

    private <V> KeyValueStore<String, V> store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private MinHasher.Signature sign(String text) {
        return hasher.sign(analyzer.analyze("T", text).bodyTokens());
    }

    @Test
    void shouldFindEarlierArticleAfterIndexIsRebuiltFromFingerprints() {
        KeyValueStore<String, byte[]> fingerprints = store("fingerprints", Serdes.ByteArray());
        new NearDuplicateIndex(fingerprints, store("index-a", Serdes.ByteArray()), 0.015).matchAndAdd("a", sign(TEXT), 1L);
        NearDuplicateIndex rebuilt = new NearDuplicateIndex(fingerprints, store("index-b", Serdes.ByteArray()), 0.015);
        assertEquals(1, rebuilt.rebuildIfEmpty());
        assertEquals("a", rebuilt.matchAndAdd("b", sign(TEXT + " on tuesday"), 2L).orElseThrow().id());
    }

    @Test
    void shouldPreferTheEarliestOfEqualCopies() {
        NearDuplicateIndex index = new NearDuplicateIndex(store("fp", Serdes.ByteArray()), store("ix", Serdes.ByteArray()), 0.015);
        index.matchAndAdd("first", sign(TEXT), 1L);
        index.matchAndAdd("second", sign(TEXT), 2L);
        NearDuplicateIndex.Match match = index.matchAndAdd("third", sign(TEXT), 3L).orElseThrow();
        assertEquals("first", match.id());
        assertEquals(1.0, match.similarity());
    }

    @Test
    void shouldMatchTheArticleSharingTheMostText() {
        NearDuplicateIndex index = new NearDuplicateIndex(store("fp", Serdes.ByteArray()), store("ix", Serdes.ByteArray()), 0.015);
        index.matchAndAdd("other", sign("the council voted on a new budget for the city parks and the libraries of the north"), 1L);
        index.matchAndAdd("close", sign(TEXT + " on tuesday"), 2L);
        assertEquals("close", index.matchAndAdd("new", sign(TEXT), 3L).orElseThrow().id());
    }

    @Test
    void shouldForgetArticlesOlderThanRetention() {
        NearDuplicateIndex index = new NearDuplicateIndex(store("fp", Serdes.ByteArray()), store("ix", Serdes.ByteArray()), 0.015);
        index.matchAndAdd("a", sign(TEXT), 1L);
        assertEquals(1, index.evictOlderThan(2L));
        assertTrue(index.matchAndAdd("b", sign(TEXT), 3L).isEmpty());
    }
}
