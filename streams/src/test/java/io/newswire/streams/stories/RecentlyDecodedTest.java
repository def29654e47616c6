package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.avro.Story;
import io.newswire.avro.internal.StoryState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class RecentlyDecodedTest {

    private final KeyValueStore<String, StoryState> store = store();
    private final RecentlyDecoded<StoryState> stories = new RecentlyDecoded<>(store, 2);

    private static KeyValueStore<String, StoryState> store() {
        KeyValueStore<String, StoryState> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("stories"), Serdes.String(),
                NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient()).<StoryState>storeSerde())
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private static StoryState story(String id, int articles) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Story story = Story.newBuilder().setId(id).setTitle("Title " + id).setFirstSeen(at).setLastSeen(at).setArticleCount(articles)
                .setSourceCount(1).setStatus("EMERGING").setVelocity(0).build();
        return StoryState.newBuilder().setStory(story).setTerms(new LinkedHashMap<>()).setEntities(new LinkedHashMap<>())
                .setEntityNames(new LinkedHashMap<>()).setCategoryScores(new LinkedHashMap<>()).setArticleTimes(new ArrayList<>())
                .setAbsorbed(new ArrayList<>()).setSequence(0).build();
    }

    @Test
    void shouldWriteThroughToTheStore() {
        stories.put("a", story("a", 1));

        assertEquals(1, store.get("a").getStory().getArticleCount());
    }

    @Test
    void shouldHandBackTheSameDecodedStateWhileItIsRecent() {
        store.put("a", story("a", 1));

        assertSame(stories.get("a"), stories.get("a"));
    }

    @Test
    void shouldReadTheStoreAgainAfterForgetting() {
        stories.put("a", story("a", 1));
        stories.get("a").getStory().setArticleCount(99);

        stories.forget();

        assertEquals(1, stories.get("a").getStory().getArticleCount());
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUsed() {
        stories.put("a", story("a", 1));
        StoryState a = stories.get("a");
        stories.put("b", story("b", 1));
        stories.put("c", story("c", 1));

        assertNotSame(a, stories.get("a"));
    }

    @Test
    void shouldForgetADeletedStory() {
        stories.put("a", story("a", 1));

        stories.delete("a");

        assertNull(stories.get("a"));
        assertNull(store.get("a"));
    }
}
