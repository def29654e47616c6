package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.avro.Article;
import io.newswire.avro.Keyword;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.StoryLocation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAccumulatorTest {

    private static StoryEntity entity(String id, String type, Double latitude, Double longitude) {
        return new StoryEntity(id, id, type, 1.0, latitude == null ? null : "DE", latitude, longitude);
    }

    @Test
    void shouldLocateAStoryAtItsMostSalientPlaceWithCoordinates() {
        StoryLocation location = StoryAccumulator.location(List.of(entity("olaf-scholz", "PERSON", null, null),
                entity("lindenholm", "LOCATION", null, null), entity("berlin", "LOCATION", 52.52, 13.41), entity("germany", "LOCATION", 51.0, 9.0)));
        assertEquals("berlin", location.getEntityId());
        assertEquals(52.52, location.getLatitude(), 1e-9);
        assertEquals("DE", location.getCountryCode());
    }

    @Test
    void shouldLeaveAStoryWithoutAKnownPlaceUnlocated() {
        assertNull(StoryAccumulator.location(List.of(entity("olaf-scholz", "PERSON", null, null), entity("lindenholm", "LOCATION", null, null))));
    }

    private static ArticleFeatures russian(String id, String... keywords) {
        io.newswire.serde.TrustedAvroPackages.register();
        Instant at = Instant.parse("2026-12-04T10:00:00Z");
        return ArticleFeatures.of(Article.newBuilder().setId(id).setSource("outlet").setTitle("Заголовок").setBody("текст")
                .setLanguage("ru").setIngestedAt(at).setEventTime(at).setEntities(List.of())
                .setKeywords(java.util.Arrays.stream(keywords).map(k -> new Keyword(k, 1.0)).toList()).build());
    }

    @Test
    void shouldShowAStemmedKeywordAsTheArticleWroteIt() {
        List<String> shown = StoryClusterer.newStory(russian("a", "ударами", "пригрозил")).getStory().getTopKeywords();
        assertEquals(java.util.Set.of("ударами", "пригрозил"), java.util.Set.copyOf(shown));
    }

    @Test
    void shouldKeepTheWordAStoryShowedForAStemWhenAnotherFormArrives() {
        var state = StoryClusterer.newStory(russian("a", "ударами"));
        StoryAccumulator.absorb(state, russian("b", "удары"));
        assertEquals(List.of("ударами"), state.getStory().getTopKeywords());
    }
}
