package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.avro.EntityRecord;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.NewsroomStory;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.streams.newsroom.NewsroomViewProcessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newsroom view the HTTP API reads, fed by the topology's own published topics. */
class NewsroomTopologyTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final String QUAY = "Flood waters rose along the Aller river in Lindenholm on Monday, and Mayor Clara Vennstrom "
            + "ordered the evacuation of the old town. \"We will not wait for the water to reach the houses,\" Vennstrom said.";
    private static final String QUAY_2 = "Mayor Clara Vennstrom said the Aller river flood barriers held overnight in Lindenholm. "
            + "The Red Cross said 300 residents from the evacuated old town slept in a sports hall.";

    @TempDir
    Path stateDir;

    private static byte[] article(String title, String body) {
        return (title + "\n\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldServeEachStoryWithItsArticlesByStoryId() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(2)));
            StoryEvent last = pipeline.events.readValuesToList().stream().reduce((a, b) -> b).orElseThrow();
            String storyId = last.getStory().getId();

            KeyValueStore<String, NewsroomStory> stories = pipeline.driver.getKeyValueStore(NewsroomViewProcessor.STORY_STORE);
            assertEquals(2, stories.get(storyId).getStory().getArticleCount());
            List<StoryArticle> kept = stories.get(storyId).getArticles();
            assertEquals(List.of("Barriers hold in Lindenholm", "River floods Lindenholm"), kept.stream().map(StoryArticle::getTitle).toList());
            assertEquals("Clara Vennstrom", kept.get(1).getQuotations().get(0).getSpeaker());
        }
    }

    @Test
    void shouldServeTheEntityCatalogueById() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            // The catalogue publishes a name from its second article on.
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(2)));
            String entityId = pipeline.enriched.readValue().getEntities().stream()
                    .filter(e -> e.getName().equals("Clara Vennstrom")).findFirst().orElseThrow().getId();

            KeyValueStore<String, EntityRecord> entities = pipeline.driver.getKeyValueStore(NewswireTopology.NEWSROOM_ENTITY_STORE);
            assertNotNull(entities.get(entityId));
            assertEquals("PERSON", entities.get(entityId).getType());
        }
    }
}
