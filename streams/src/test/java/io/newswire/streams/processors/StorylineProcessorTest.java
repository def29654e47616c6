package io.newswire.streams.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.Storyline;
import io.newswire.avro.internal.LinkingInput;
import io.newswire.avro.internal.StorylineState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorylineProcessorTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final MockProcessorContext<String, SpecificRecord> context = new MockProcessorContext<>();
    private final Serde<StorylineState> serde = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient())
            .storeSerde();
    private Processor<String, LinkingInput, String, SpecificRecord> processor;

    @BeforeEach
    void setUp() {
        store(StorylineProcessor.STORYLINE_STORE, serde);
        store(StorylineProcessor.MEMBERSHIP_STORE, Serdes.String());
        processor = StorylineProcessor.supplier(serde).get();
        processor.init(context);
    }

    private <V> void store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    private void process(String storyId, Instant at, int sequence) {
        Story story = Story.newBuilder().setId(storyId).setTitle("Title " + storyId).setFirstSeen(at).setLastSeen(at).setArticleCount(2)
                .setSourceCount(1).setSources(new ArrayList<>()).setArticleIds(new ArrayList<>()).setStatus("ACTIVE").setVelocity(0)
                .setLanguage("en").setTopEntities(List.of(StoryEntity.newBuilder().setId("equifax").setName("Equifax")
                        .setType("ORGANIZATION").setWeight(1.0).build())).build();
        StoryEvent event = StoryEvent.newBuilder().setEventId(storyId + ":" + sequence).setType("ARTICLE_ADDED").setTopic("")
                .setSequence(sequence).setStory(story).setAt(at).build();
        processor.process(new Record<>("all-languages", new LinkingInput(event, null, null, Map.of("equifax", 1.0), null), at.toEpochMilli()));
    }

    private <T> List<T> forwarded(Class<T> type) {
        return context.forwarded().stream().map(f -> f.record().value()).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void shouldForwardTheChangeWithItsStorysStorylineKeyedByStory() {
        process("story-1", T0, 1);
        StoryEvent change = forwarded(LinkingInput.class).get(0).getChange();
        assertEquals("storyline-1", change.getStory().getStorylineId());
        assertEquals("story-1", context.forwarded().get(0).record().key());
    }

    @Test
    void shouldAnnounceAStoryJoiningAStorylineOfOthers() {
        process("story-1", T0, 1);
        context.resetForwards();
        process("story-2", T0.plus(Duration.ofDays(20)), 1);
        List<StoryEvent> storyline = forwarded(StoryEvent.class).stream().filter(e -> e.getType().equals("STORYLINE")).toList();
        assertEquals(1, storyline.size());
        assertEquals("story-2:1:storyline:storyline-1", storyline.get(0).getEventId());
        Storyline published = forwarded(Storyline.class).get(0);
        assertEquals(List.of("story-1", "story-2"), published.getStoryIds());
    }

    @Test
    void shouldNotRepublishTheStorylineWhenOnlyItsStoryGrew() {
        process("story-1", T0, 1);
        context.resetForwards();
        process("story-1", T0.plusSeconds(600), 2);
        assertTrue(forwarded(Storyline.class).isEmpty());
    }
}
