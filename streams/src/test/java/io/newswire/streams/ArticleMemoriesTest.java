package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.streams.enrich.Fingerprint;
import io.newswire.streams.enrich.MinHasher;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class ArticleMemoriesTest {

    private final KeyValueStore<String, ArticleMemory> store = store();
    private final ArticleMemories memories = new ArticleMemories(store);
    private final Fingerprint fingerprint = new Fingerprint(5L, 0, MinHasher.Signature.fromBytes(new byte[MinHasher.BINS * Integer.BYTES], 3));

    private static KeyValueStore<String, ArticleMemory> store() {
        KeyValueStore<String, ArticleMemory> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("memories"),
                Serdes.String(), ArticleMemory.serde()).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    @Test
    void shouldKeepTheFingerprintWhenTheStoryIsSet() {
        memories.update("a", memory -> memory.withFingerprint(fingerprint));
        memories.update("a", memory -> memory.withStory("s1", 7L));
        assertEquals(fingerprint.timestamp(), memories.get("a").fingerprint().timestamp());
        assertEquals("s1", memories.get("a").storyId());
    }

    @Test
    void shouldKeepTheStoryWhenTheFingerprintIsForgotten() {
        memories.update("a", memory -> memory.withFingerprint(fingerprint).withStory("s1", 7L));
        memories.update("a", memory -> memory.withFingerprint(null));
        assertEquals("s1", store.get("a").storyId());
    }

    @Test
    void shouldDeleteTheEntryWhenNothingIsLeft() {
        memories.update("a", memory -> memory.withStory("s1", 7L));
        memories.update("a", memory -> memory.withStory(null, 0));
        assertNull(store.get("a"));
        assertEquals(ArticleMemory.NONE, memories.get("a"));
    }

    @Test
    void shouldListOnlyTheMatchingArticles() {
        memories.update("a", memory -> memory.withStory("s1", 7L));
        memories.update("b", memory -> memory.withFingerprint(fingerprint));
        assertEquals("b", memories.matching(memory -> memory.fingerprint() != null).get(0).key);
        assertEquals(1, memories.matching(memory -> memory.fingerprint() != null).size());
    }
}
