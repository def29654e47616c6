package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.Storyline;
import io.newswire.avro.internal.StorylineState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class StorylineAssignerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final Serde<StorylineState> serde = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient()).storeSerde();
    private final KeyValueStore<String, StorylineState> storylines = init(
            Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("storylines"), Serdes.String(), serde).withLoggingDisabled().build());
    private final KeyValueStore<String, String> membership = init(
            Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("membership"), Serdes.String(), Serdes.String()).withLoggingDisabled().build());
    private final StorylineAssigner assigner = new StorylineAssigner(storylines, membership);

    private <S extends org.apache.kafka.streams.processor.StateStore> S init(S store) {
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static Story story(String id, Instant at, StoryEntity... entities) {
        return Story.newBuilder().setId(id).setTitle("Title " + id).setFirstSeen(at).setLastSeen(at).setArticleCount(3)
                .setSourceCount(1).setSources(new ArrayList<>()).setArticleIds(new ArrayList<>()).setStatus("ACTIVE").setVelocity(0)
                .setLanguage("en").setTopEntities(List.of(entities)).build();
    }

    private static StoryEntity entity(String id, String type) {
        return StoryEntity.newBuilder().setId(id).setName(id).setType(type).setWeight(1.0).build();
    }

    @Test
    void shouldStartAStorylineForAStoryOfNewActors() {
        StorylineAssigner.Update update = assigner.update(story("story-1", T0, entity("equifax", "ORGANIZATION")));
        assertFalse(update.joinedOthers());
        assertEquals("storyline-1", update.storylineId());
        assertEquals(1, update.changed().get(0).getStoryCount());
    }

    @Test
    void shouldPutAStoryOfTheSameActorsWeeksLaterInTheSameStoryline() {
        String first = assigner.update(story("story-1", T0, entity("equifax", "ORGANIZATION"), entity("atlanta", "LOCATION"))).storylineId();
        StorylineAssigner.Update later = assigner.update(story("story-2", T0.plus(Duration.ofDays(21)),
                entity("equifax", "ORGANIZATION"), entity("richard-smith", "PERSON")));
        assertEquals(first, later.storylineId());
        assertTrue(later.joinedOthers());
        Storyline storyline = later.changed().get(later.changed().size() - 1);
        assertEquals(2, storyline.getStoryCount());
        assertEquals(List.of("story-1", "story-2"), storyline.getStoryIds());
    }

    @Test
    void shouldKeepStoriesThatShareOnlyAPlaceApart() {
        String first = assigner.update(story("story-1", T0, entity("tara-reid", "PERSON"), entity("malibu", "LOCATION"))).storylineId();
        String second = assigner.update(story("story-2", T0, entity("lindsay-lohan", "PERSON"), entity("malibu", "LOCATION"))).storylineId();
        assertNotEquals(first, second);
    }

    @Test
    void shouldRetireAStorylineWhenItsOnlyStoryIsMergedAway() {
        String id = assigner.update(story("story-1", T0, entity("equifax", "ORGANIZATION"))).storylineId();
        Story merged = story("story-1", T0, entity("equifax", "ORGANIZATION"));
        merged.setMergedInto("story-9");
        StorylineAssigner.Update update = assigner.update(merged);
        assertEquals(0, update.changed().get(0).getStoryCount());
        assertEquals(null, storylines.get(id));
    }

    @Test
    void shouldKeepAClosedStoryCountedButNotItsBreakdown() {
        String id = assigner.update(story("story-1", T0, entity("equifax", "ORGANIZATION"))).storylineId();
        assigner.update(story("story-2", T0.plus(Duration.ofDays(3)), entity("equifax", "ORGANIZATION")));
        Story closed = story("story-1", T0, entity("equifax", "ORGANIZATION"));
        closed.setStatus("CLOSED");
        assigner.update(closed);
        StorylineState state = storylines.get(id);
        assertEquals(List.of("story-2"), List.copyOf(state.getStoryActors().keySet()));
        assertEquals(2, state.getStoryline().getStoryCount());
        assertEquals(null, membership.get("story-1"));
        StorylineAssigner.Update third = assigner.update(story("story-3", T0.plus(Duration.ofDays(9)), entity("equifax", "ORGANIZATION")));
        assertEquals(id, third.storylineId());
        assertEquals(9, third.changed().get(third.changed().size() - 1).getArticleCount());
    }

    @Test
    void shouldForgetTheNamesOfActorsAStoryNoLongerHas() {
        String id = assigner.update(story("story-1", T0, entity("equifax", "ORGANIZATION"), entity("atlanta", "LOCATION"))).storylineId();
        assigner.update(story("story-1", T0, entity("equifax", "ORGANIZATION"), entity("richard-smith", "PERSON")));
        StorylineState state = storylines.get(id);
        assertEquals(java.util.Set.of("equifax", "richard-smith"), state.getActorNames().keySet());
        assertEquals(java.util.Set.of("equifax", "richard-smith"), state.getActorTypes().keySet());
    }

    @Test
    void shouldExpireStorylinesPastTheirRetention() {
        assigner.update(story("story-1", T0, entity("equifax", "ORGANIZATION")));
        List<Storyline> gone = assigner.expire(T0.plus(StorylineAssigner.RETENTION).plus(Duration.ofDays(1)));
        assertEquals(1, gone.size());
        assertEquals(null, membership.get("story-1"));
    }
}
