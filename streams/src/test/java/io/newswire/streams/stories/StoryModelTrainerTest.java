package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.avro.Keyword;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryModelTrainerTest {

    static {
        // Building an Article outside a serde: Avro checks the classes it resolves against the trusted packages.
        io.newswire.serde.TrustedAvroPackages.register();
    }

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /**
     * Six events, four articles each, interleaved; within an event the articles share the event's place and
     * most of its words, across events only one common word. The model must join within events and keep
     * events apart.
     */
    private static Map<String, String> events(List<Article> ordered) {
        Map<String, String> gold = new HashMap<>();
        for (int n = 0; n < 4; n++) {
            for (int e = 0; e < 6; e++) {
                String id = "e" + e + "-" + n;
                ordered.add(article(id, T0.plusSeconds(3600L * (e * 4 + n)), "place-" + e,
                        "said", "word" + e + "a", "word" + e + "b", "word" + e + "c", "word" + e + "-" + n));
                gold.put(id, "event-" + e);
            }
        }
        return gold;
    }

    @Test
    void shouldLearnToJoinAnArticleToItsOwnEventOnly() {
        List<Article> ordered = new ArrayList<>();
        Map<String, String> gold = events(ordered);
        StoryModel model = StoryModelTrainer.train(ordered, gold, Map.of()).model();
        StoryVector story = StoryVector.of(ArticleFeatures.of(ordered.get(0)));
        StoryVector sameEvent = StoryVector.of(ArticleFeatures.of(ordered.get(6)));
        StoryVector otherEvent = StoryVector.of(ArticleFeatures.of(ordered.get(1)));
        assertTrue(model.joins(model.join(StoryMatch.of(sameEvent, story))));
        assertFalse(model.joins(model.join(StoryMatch.of(otherEvent, story))));
    }

    @Test
    void shouldReportTheRankerPuttingTheOwnStoryFirst() {
        List<Article> ordered = new ArrayList<>();
        StoryModelTrainer.Report report = StoryModelTrainer.train(ordered, events(ordered), Map.of()).report();
        assertEquals(24, report.articles());
        assertEquals(1.0, report.rankAccuracy(), 1e-9);
        assertEquals(1.0, report.replayBcubedF1(), 1e-9);
    }

    @Test
    void shouldScoreAPerfectClusteringAsOneAndAMergedOneBelow() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        assertEquals(1.0, StoryModelTrainer.bcubedF1(Map.of("a", 0, "b", 0, "c", 1), gold, Map.of()), 1e-12);
        assertTrue(StoryModelTrainer.bcubedF1(Map.of("a", 0, "b", 0, "c", 0), gold, Map.of()) < 0.8);
    }

    private static Article article(String id, Instant at, String place, String... terms) {
        return Article.newBuilder().setId(id).setSource("outlet-" + id).setTitle("Title " + id).setBody("body")
                .setIngestedAt(at).setEventTime(at).setPublishedAt(at).setLanguage("en")
                .setEntities(List.of(Entity.newBuilder().setId(place).setName(place).setType("LOCATION").setMentions(2)
                        .setSalience(1.0).build()))
                .setKeywords(java.util.Arrays.stream(terms).map(t -> new Keyword(t, 1.0)).toList())
                .build();
    }
}
