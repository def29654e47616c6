package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.streams.ArticleMemories;
import io.newswire.streams.ArticleMemory;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
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

    private <K, V> KeyValueStore<K, V> store(String name, Serde<K> keys, Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private ArticleMemories fingerprints(String name) {
        return new ArticleMemories(store(name, Serdes.String(), ArticleMemory.serde()));
    }

    private KeyValueStore<Integer, String> numbers(String name) {
        return store(name, Serdes.Integer(), Serdes.String());
    }

    private KeyValueStore<String, byte[]> index(String name) {
        return store(name, Serdes.String(), Serdes.ByteArray());
    }

    private NearDuplicateIndex newIndex() {
        return new NearDuplicateIndex(fingerprints("fp"), numbers("nr"), index("ix"), 0.015);
    }

    private MinHasher.Signature sign(String text) {
        return hasher.sign(analyzer.analyze("T", text).bodyTokens());
    }

    @Test
    void shouldFindEarlierArticleAfterIndexIsRebuiltFromFingerprints() {
        ArticleMemories fingerprints = fingerprints("fingerprints");
        KeyValueStore<Integer, String> numbers = numbers("numbers");
        new NearDuplicateIndex(fingerprints, numbers, index("index-a"), 0.015).matchAndAdd("a", sign(TEXT), 1L);
        NearDuplicateIndex rebuilt = new NearDuplicateIndex(fingerprints, numbers, index("index-b"), 0.015);
        assertEquals(1, rebuilt.rebuildIfEmpty());
        assertEquals("a", rebuilt.matchAndAdd("b", sign(TEXT + " on tuesday"), 2L).get(0).id());
    }

    @Test
    void shouldRebuildTheNumbersFromFingerprintsAndNumberOnAfterThem() {
        ArticleMemories fingerprints = fingerprints("fingerprints");
        NearDuplicateIndex before = new NearDuplicateIndex(fingerprints, numbers("numbers-a"), index("index-a"), 0.015);
        before.matchAndAdd("a", sign(TEXT), 1L);
        before.matchAndAdd("b", sign("the council voted on a new budget for the city parks and the libraries of the north"), 2L);
        KeyValueStore<Integer, String> numbers = numbers("numbers-b");
        NearDuplicateIndex rebuilt = new NearDuplicateIndex(fingerprints, numbers, index("index-b"), 0.015);
        rebuilt.rebuildIfEmpty();
        assertEquals("a", rebuilt.matchAndAdd("c", sign(TEXT + " on tuesday"), 3L).get(0).id());
        assertEquals(List.of("a", "b", "c"), List.of(numbers.get(0), numbers.get(1), numbers.get(2)));
    }

    @Test
    void shouldKeepOnlyTheBestMatchesMostSharedFirstThenEarliest() {
        NearDuplicateIndex index = newIndex();
        String[] words = TEXT.split(" ");
        // Article k keeps the first 17 - k words: the later an article, the less it shares with the full text.
        for (int k = 0; k < NearDuplicateIndex.MAX_MATCHES + 3; k++) {
            index.matchAndAdd("a" + k, sign(String.join(" ", java.util.Arrays.copyOf(words, words.length - k))), k);
        }
        index.matchAndAdd("copy-of-a0", sign(TEXT), 100L);
        List<NearDuplicateIndex.Match> matches = index.matchAndAdd("full", sign(TEXT), 101L);
        assertEquals(NearDuplicateIndex.MAX_MATCHES, matches.size());
        assertEquals(List.of("a0", "copy-of-a0", "a1", "a2"), matches.stream().map(NearDuplicateIndex.Match::id).toList());
    }

    @Test
    void shouldPreferTheEarliestOfEqualCopies() {
        NearDuplicateIndex index = newIndex();
        index.matchAndAdd("first", sign(TEXT), 1L);
        index.matchAndAdd("second", sign(TEXT), 2L);
        NearDuplicateIndex.Match match = index.matchAndAdd("third", sign(TEXT), 3L).get(0);
        assertEquals("first", match.id());
        assertEquals(1.0, match.similarity());
    }

    @Test
    void shouldMatchTheArticleSharingTheMostText() {
        NearDuplicateIndex index = newIndex();
        index.matchAndAdd("other", sign("the council voted on a new budget for the city parks and the libraries of the north"), 1L);
        index.matchAndAdd("close", sign(TEXT + " on tuesday"), 2L);
        assertEquals("close", index.matchAndAdd("new", sign(TEXT), 3L).get(0).id());
    }

    @Test
    void shouldForgetArticlesOlderThanRetention() {
        NearDuplicateIndex index = newIndex();
        index.matchAndAdd("a", sign(TEXT), 1L);
        assertEquals(1, index.evictOlderThan(2L));
        assertTrue(index.matchAndAdd("b", sign(TEXT), 3L).isEmpty());
    }

    @Test
    void shouldIndexArticlesWhoseIdsLookLikeTheOldCounterKeys() {
        // The counter and the number-to-id entries shared the fingerprints store under "#next" and "#<n>" keys:
        // an article with such an id overwrote them.
        NearDuplicateIndex index = newIndex();
        index.matchAndAdd("#next", sign(TEXT), 1L);
        index.matchAndAdd("#0", sign("the council voted on a new budget for the city parks and the libraries of the north"), 2L);
        assertEquals("#next", index.matchAndAdd("copy", sign(TEXT), 3L).get(0).id());
    }

    @Test
    void shouldNumberOnFromTheHighestNumberKeptAfterARestart() {
        ArticleMemories fingerprints = fingerprints("fingerprints");
        KeyValueStore<Integer, String> numbers = numbers("numbers");
        KeyValueStore<String, byte[]> index = index("index");
        NearDuplicateIndex before = new NearDuplicateIndex(fingerprints, numbers, index, 0.015);
        before.matchAndAdd("a", sign(TEXT), 1L);
        before.matchAndAdd("b", sign("the council voted on a new budget for the city parks and the libraries of the north"), 2L);
        new NearDuplicateIndex(fingerprints, numbers, index, 0.015).matchAndAdd("c", sign("a ferry ran aground off the island"), 3L);
        assertEquals(List.of("a", "b", "c"), List.of(numbers.get(0), numbers.get(1), numbers.get(2)));
    }
}
