package io.newswire.streams.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.TopicRule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicRouterTest {

    static {
        io.newswire.serde.TrustedAvroPackages.register();
    }

    private final TopicRouter router = new TopicRouter();

    private static Story story(List<String> categories, String entityId, String entityName) {
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        return Story.newBuilder().setId("story-0000000000000001").setTitle("Ceasefire talks resume").setFirstSeen(at).setLastSeen(at)
                .setArticleCount(2).setSourceCount(2).setSources(List.of("Harbour-Times")).setCategories(categories)
                .setTopEntities(List.of(new StoryEntity(entityId, entityName, "LOCATION", 1.0, null, null, null))).setTopKeywords(List.of("ceasefire"))
                .setStatus("ACTIVE").setVelocity(1).setLanguage("en").build();
    }

    private static TopicRule rule(String slug, String query) {
        return TopicRule.newBuilder().setSlug(slug).setQuery(query).setCreatedAt(Instant.parse("2026-03-01T07:00:00Z")).build();
    }

    @Test
    void shouldRouteToItsCategoriesAndEveryMatchingRuleInOrder() {
        Story story = story(List.of("politics", "conflict"), "syria", "Syria");

        List<String> topics = router.topics(story, List.of(rule("syria-watch", "entity:Syria"), rule("ports", "keyword:harbour"),
                rule("ceasefires", "keyword:ceasefire source:harbour-times")));

        assertEquals(List.of("ceasefires", "conflict", "politics", "syria-watch"), topics);
    }

    @Test
    void shouldRouteAStoryNamingAPersonInItsLanguagesSpellingToARuleOnTheEnglishOne() {
        Story french = story(List.of(), "vladimir-poutine", "Vladimir Poutine");

        List<String> topics = router.topics(french, List.of(rule("putin", "entity:vladimir-putin"), rule("putin-by-name", "entity:\"Vladimir Putin\"")));

        assertEquals(List.of("putin", "putin-by-name"), topics);
    }

    @Test
    void shouldSkipAMalformedRuleAndKeepRouting() {
        Story story = story(List.of(), "syria", "Syria");

        assertEquals(List.of("syria-watch"), router.topics(story, List.of(rule("broken", "entity:(syria"), rule("syria-watch", "entity:syria"))));
    }

    @Test
    void shouldApplyARulesNewQueryOnceReplaced() {
        Story story = story(List.of(), "syria", "Syria");
        router.topics(story, List.of(rule("watch", "entity:idlib")));

        assertEquals(List.of("watch"), router.topics(story, List.of(rule("watch", "entity:syria"))));
    }

    @Test
    void shouldApplyAMendedRuleThatWasMalformed() {
        Story story = story(List.of(), "syria", "Syria");
        router.topics(story, List.of(rule("watch", "entity:")));

        assertEquals(List.of("watch"), router.topics(story, List.of(rule("watch", "entity:syria"))));
    }
}
