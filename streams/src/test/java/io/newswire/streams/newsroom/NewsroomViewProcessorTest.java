package io.newswire.streams.newsroom;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.NewsroomStory;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsroomViewProcessorTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(1);

    private final MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
    private final NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient());
    private final KeyValueStore<String, NewsroomStory> stories = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(NewsroomViewProcessor.STORY_STORE), Serdes.String(), topics.<NewsroomStory>storeSerde())
            .withLoggingDisabled().build();
    private final NewsroomViewProcessor processor = new NewsroomViewProcessor(RETENTION);

    @BeforeEach
    void setUp() {
        stories.init(context.getStateStoreContext(), stories);
        context.addStateStore(stories);
        processor.init(context);
    }

    private void process(String id, String status, Instant at) {
        Story story = Story.newBuilder().setId(id).setTitle("Title of " + id).setFirstSeen(at).setLastSeen(at).setArticleCount(1)
                .setSourceCount(1).setStatus(status).setVelocity(1.0).build();
        StoryEvent event = StoryEvent.newBuilder().setEventId(id + ":" + status).setType(status.equals("CLOSED") ? "CLOSED" : "UPDATED")
                .setTopic("").setSequence(1).setStory(story).setAt(at).build();
        // The record's timestamp is the arrival; the view runs on the events' own time.
        processor.process(new Record<>(id, event, T0.toEpochMilli()));
    }

    @Test
    void shouldExpireAClosedStoryOnceTheEventsClockPassesItsRetention() {
        process("closed", "CLOSED", T0);
        process("later", "ACTIVE", T0.plus(RETENTION).plus(NewsroomViewProcessor.EXPIRY_CHECK));

        assertNull(stories.get("closed"));
        assertNotNull(stories.get("later"));
    }

    @Test
    void shouldKeepAClosedStoryWithinItsRetention() {
        process("closed", "CLOSED", T0);
        process("later", "ACTIVE", T0.plus(RETENTION).minusSeconds(1));

        assertNotNull(stories.get("closed"));
    }
}
