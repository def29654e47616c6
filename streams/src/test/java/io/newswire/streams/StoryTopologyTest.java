package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.StoryEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryTopologyTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final String QUAY = "Flood waters rose along the Aller river in Lindenholm on Monday, and Mayor Clara Vennstrom "
            + "ordered the evacuation of the old town. Emergency crews from the Red Cross built barriers along the quay.";
    private static final String QUAY_2 = "Mayor Clara Vennstrom said the Aller river flood barriers held overnight in Lindenholm. "
            + "The Red Cross said 300 residents from the evacuated old town slept in a sports hall.";
    private static final String QUAY_3 = "Lindenholm counted the cost of the Aller river flood on Wednesday as Mayor Clara Vennstrom "
            + "asked the government for emergency funds to repair the quay.";
    private static final String MATCH = "Rovers beat City 2-1 in the cup final at Wembley Stadium, with captain Daniel Okafor "
            + "scoring the winning goal in stoppage time in front of the fans.";

    @TempDir
    Path stateDir;

    private static byte[] article(String title, String body) {
        return (title + "\n\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static List<StoryEvent> unique(List<StoryEvent> events) {
        return events.stream().collect(Collectors.toMap(StoryEvent::getEventId, e -> e, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream()
                .collect(Collectors.toMap(e -> e.getStory().getId() + ":" + e.getSequence(), e -> e, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private static List<StoryEvent> linkEvents(TestPipeline pipeline) {
        return pipeline.events.readValuesToList().stream().filter(e -> e.getType().equals("LINKED")).toList();
    }

    @Test
    void shouldLinkTheSameEventsStoriesInTwoLanguages() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-en", article("River floods Lindenholm in Germany", "Flood waters rose along the Aller river in "
                    + "Lindenholm, Germany, on Monday, and Mayor Clara Vennstrom ordered the evacuation of the old town. "
                    + "Clara Vennstrom said that the barriers along the quay would not hold for long."), T0);
            pipeline.pipe("flood-de", article("Hochwasser in Deutschland", "Das Hochwasser der Aller ist am Montag in Lindenholm "
                    + "gestiegen, und Bürgermeisterin Clara Vennstrom hat die Räumung der Altstadt angeordnet. In Deutschland "
                    + "wurden die Dämme verstärkt, sagte Clara Vennstrom am Abend."), T0.plus(Duration.ofHours(2)));
            List<StoryEvent> linked = linkEvents(pipeline);
            assertEquals(2, linked.size(), linked.toString());
            StoryEvent german = linked.stream().filter(e -> e.getStory().getLanguage().equals("de")).findFirst().orElseThrow();
            assertEquals("en", german.getStory().getLinkedStories().get(0).getLanguage());
            assertEquals(german.getMergedStoryId(), german.getStory().getLinkedStories().get(0).getId());
            Map<String, io.newswire.avro.Story> latest = pipeline.stories.readKeyValuesToMap();
            assertEquals(1, latest.get(german.getStory().getId()).getLinkedStories().size());
            assertEquals(1, latest.get(german.getMergedStoryId()).getLinkedStories().size());
        }
    }

    @Test
    void shouldLinkAChineseStoryToTheSameEventsStoryInEnglishThroughItsPlaces() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("climate-en", article("China and Germany sign climate pact in Beijing", "China and Germany signed "
                    + "a climate agreement in Beijing on Tuesday. The Chinese premier met the German chancellor in Beijing, and "
                    + "both said China and Germany would cooperate on electric cars and renewable energy in Europe and Asia."), T0);
            pipeline.pipe("climate-zh", article("中国与德国在北京签署气候协议", "中国与德国周二在北京签署了气候合作协议。中国总理在北京会见"
                    + "德国总理，双方表示中国和德国将在欧洲和亚洲的电动汽车和可再生能源领域加强合作。"), T0.plus(Duration.ofHours(1)));
            List<StoryEvent> linked = linkEvents(pipeline);
            assertEquals(Set.of("en", "zh"), linked.stream().map(e -> e.getStory().getLanguage()).collect(Collectors.toSet()),
                    linked.toString());
        }
    }

    @Test
    void shouldPlaceANewStoryInAStorylineOfItsOwn() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            io.newswire.avro.Story story = pipeline.stories.readValue();
            io.newswire.avro.Storyline published = pipeline.storylines.readKeyValuesToMap().get(story.getStorylineId());
            assertEquals(List.of(story.getId()), published.getStoryIds());
            assertEquals("River floods Lindenholm", published.getTitle());
            assertTrue(pipeline.events.readValuesToList().stream().noneMatch(e -> e.getType().equals("STORYLINE")));
        }
    }

    @Test
    void shouldLocateAStoryAtItsMostSalientKnownPlace() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("volcano", article("Arenal volcano erupts as villagers flee the ash", "The Arenal volcano in Costa Rica erupted "
                    + "on Tuesday, and civil defence officials evacuated hundreds of residents of nearby villages as ash fell on farms."), T0);
            io.newswire.avro.StoryLocation location = pipeline.events.readValuesToList().get(0).getStory().getLocation();
            assertEquals("costa-rica", location.getEntityId());
            assertEquals("CR", location.getCountryCode());
            assertEquals(-84.0, location.getLongitude(), 1e-9);
        }
    }

    @Test
    void shouldCreateStoryForFirstArticle() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            List<StoryEvent> events = unique(pipeline.events.readValuesToList());
            assertEquals(1, events.size());
            assertEquals("CREATED", events.get(0).getType());
            assertEquals(1, events.get(0).getStory().getArticleCount());
            assertEquals("River floods Lindenholm", pipeline.stories.readValue().getTitle());
        }
    }

    @Test
    void shouldCarryTheArticleAndItsQuotationsOnTheEventItMade() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2
                    + " \"The barriers held through the night and nobody was hurt,\" Mayor Clara Vennstrom said on Tuesday."), T0);
            StoryEvent created = unique(pipeline.events.readValuesToList()).get(0);
            assertEquals("flood-2", created.getArticle().getId());
            assertEquals("Barriers hold in Lindenholm", created.getArticle().getTitle());
            assertEquals("Clara Vennstrom", created.getArticle().getQuotations().get(0).getSpeaker());
            assertEquals(pipeline.enriched.readValue().getQuotations(), created.getArticle().getQuotations());
        }
    }

    @Test
    void shouldJoinRelatedArticleToStory() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(5)));
            List<StoryEvent> events = unique(pipeline.events.readValuesToList());
            assertEquals(List.of("CREATED", "ARTICLE_ADDED"), events.stream().map(StoryEvent::getType).toList());
            assertEquals(events.get(0).getStory().getId(), events.get(1).getStory().getId());
            assertEquals(2, events.get(1).getStory().getArticleCount());
            assertEquals("flood-2", events.get(1).getArticleId());
        }
    }

    @Test
    void shouldStartNewStoryForUnrelatedArticle() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("final", article("Rovers win the cup", MATCH), T0.plus(Duration.ofHours(1)));
            List<StoryEvent> events = unique(pipeline.events.readValuesToList());
            assertEquals(List.of("CREATED", "CREATED"), events.stream().map(StoryEvent::getType).toList());
            assertNotEquals(events.get(0).getStory().getId(), events.get(1).getStory().getId());
        }
    }

    @Test
    void shouldJoinNearDuplicateToOriginalsStory() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("copy", article("Evacuation ordered", "In other news today. " + QUAY), T0.plus(Duration.ofMinutes(10)));
            List<StoryEvent> events = unique(pipeline.events.readValuesToList());
            assertEquals("ARTICLE_ADDED", events.get(1).getType());
            assertEquals(events.get(0).getStory().getId(), events.get(1).getStory().getId());
        }
    }

    @Test
    void shouldCloseStoryAfterInactivity() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("final", article("Rovers win the cup", MATCH), T0.plus(Duration.ofHours(73)));
            List<StoryEvent> events = unique(pipeline.events.readValuesToList());
            StoryEvent closed = events.stream().filter(e -> e.getType().equals("CLOSED")).findFirst().orElseThrow();
            assertEquals("River floods Lindenholm", closed.getStory().getTitle());
            assertEquals("CLOSED", closed.getStory().getStatus());
        }
    }

    @Test
    void shouldNotCloseStoryBeforeInactivityPeriod() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("final", article("Rovers win the cup", MATCH), T0.plus(Duration.ofHours(71)));
            assertTrue(pipeline.events.readValuesToList().stream().noneMatch(e -> e.getType().equals("CLOSED")));
        }
    }

    @Test
    void shouldKeepUnrelatedStoriesApartWhenAnArticleMentionsBoth() {
        String north = "Mayor Clara Vennstrom of Lindenholm opened a new library in Lindenholm, with shelves for forty thousand books.";
        String south = "Governor Tomas Brennan of Valdora signed a budget for Valdora that raises teacher salaries next spring.";
        String both = north + " " + south + " The two leaders then agreed to share the costs.";
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("north", article("Lindenholm library", north), T0);
            pipeline.pipe("south", article("Valdora budget", south), T0.plus(Duration.ofMinutes(5)));
            pipeline.pipe("both", article("Lindenholm and Valdora", both), T0.plus(Duration.ofMinutes(10)));
            assertTrue(pipeline.events.readValuesToList().stream().noneMatch(e -> e.getType().equals("MERGED")));
        }
    }

    @Test
    void shouldPublishTheEntitiesItLearnsToTheCatalogueTopic() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(5)));
            Map<String, io.newswire.avro.EntityRecord> catalogue = pipeline.entities.readKeyValuesToMap();
            assertEquals("Clara Vennstrom", catalogue.get("clara-vennstrom").getName());
            assertEquals(2, catalogue.get("clara-vennstrom").getArticles());
        }
    }

    @Test
    void shouldPublishAnEntityNamedInTwoLanguagesAsOneRecordWithBothLanguages() {
        String german = "Die Regierung in Deutschland hat am Montag neue Hilfen für die Landwirte beschlossen. "
                + "Die Ministerin sagte, Deutschland werde die Betriebe in den kommenden Jahren mit mehr Geld unterstützen, "
                + "und die Bauernverbände begrüßten die Entscheidung der Regierung.";
        String english = "The government of Germany approved new aid for farmers on Monday. The minister said Germany would "
                + "support the farms with more money in the coming years, and the farmers' unions welcomed the decision.";
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("de-1", article("Neue Hilfen für Landwirte", german), T0);
            pipeline.pipe("de-2", article("Landwirte bekommen mehr Geld", "Am Dienstag. " + german), T0.plus(Duration.ofHours(1)));
            pipeline.pipe("en-1", article("New aid for farmers", english), T0.plus(Duration.ofHours(2)));
            pipeline.pipe("en-2", article("Farmers get more money", "On Tuesday. " + english), T0.plus(Duration.ofHours(3)));
            io.newswire.avro.EntityRecord germany = pipeline.entities.readKeyValuesToMap().get("germany");
            assertEquals(Set.of("de", "en"), germany.getLanguages().keySet());
            assertEquals("Germany", germany.getName());
            assertTrue(germany.getAliases().contains("Deutschland"), germany.getAliases().toString());
        }
    }

    @Test
    void shouldNeverStampAnEntitysCatalogueUpdateEarlierThanTheLastOne() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0.plus(Duration.ofHours(5)));
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(6)));
            pipeline.pipe("flood-3", article("Lindenholm counts the cost", QUAY_3), T0.plus(Duration.ofHours(7)));
            // Arrives last with the oldest timestamp, as interleaved raw partitions deliver it; the catalogue
            // publishes a record at an entity's 2nd and 4th article.
            pipeline.pipe("flood-4", article("Earlier: river floods Lindenholm", "Earlier report. " + QUAY), T0);
            List<Long> stamps = pipeline.entities.readRecordsToList().stream().filter(r -> r.key().equals("clara-vennstrom"))
                    .map(r -> r.getRecordTime().toEpochMilli()).toList();
            assertEquals(2, stamps.size());
            assertTrue(stamps.get(1) >= stamps.get(0), "catalogue update stamped back in time: " + stamps);
        }
    }

    @Test
    void shouldSetTheStoryIdOnTheEnrichedArticle() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(5)));
            List<io.newswire.avro.Article> enriched = pipeline.enriched.readValuesToList();
            String story = unique(pipeline.events.readValuesToList()).get(0).getStory().getId();
            assertEquals(List.of(story, story), enriched.stream().map(io.newswire.avro.Article::getStoryId).toList());
        }
    }

    @Test
    void shouldRouteEventsToRuleTopicAddedAtRunTime() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.addRule("lindenholm", "entity:Lindenholm AND NOT category:sport");
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(1)));
            List<StoryEvent> routed = pipeline.perTopic("lindenholm").readValuesToList();
            assertEquals(1, routed.size());
            assertEquals("ARTICLE_ADDED", routed.get(0).getType());
            assertEquals("lindenholm", routed.get(0).getTopic());
        }
    }

    @Test
    void shouldStopRoutingToARuleTopicRemovedAtRunTime() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.addRule("lindenholm", "entity:Lindenholm");
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.removeRule("lindenholm");
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(1)));
            List<StoryEvent> routed = pipeline.perTopic("lindenholm").readValuesToList();
            assertEquals(List.of("CREATED"), routed.stream().map(StoryEvent::getType).toList());
        }
    }

    @Test
    void shouldKeyEventsByStoryOnNewsEventsOnce() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            List<org.apache.kafka.streams.KeyValue<String, StoryEvent>> events = pipeline.events.readKeyValuesToList();
            assertEquals(1, events.size());
            assertEquals(events.get(0).value.getStory().getId(), events.get(0).key);
            assertTrue(events.get(0).value.getStory().getTopics().contains("disaster"));
        }
    }

    @Test
    void shouldKeyPerTopicCopiesBySlug() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            Map<String, StoryEvent> bySlug = pipeline.perTopic("disaster").readKeyValuesToMap();
            assertEquals(Set.of("disaster"), bySlug.keySet());
            assertEquals("disaster", bySlug.get("disaster").getTopic());
        }
    }

    @Test
    void shouldIgnoreMalformedRuleAndKeepRouting() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.addRule("broken", "entity:(Lindenholm");
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            List<String> topics = pipeline.events.readValuesToList().get(0).getStory().getTopics();
            assertTrue(topics.contains("disaster"), topics.toString());
            assertFalse(topics.contains("broken"), topics.toString());
        }
    }

    @Test
    void shouldNotRepeatEventsWhenArticleIsIngestedTwice() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0.plus(Duration.ofMinutes(1)));
            assertEquals(1, unique(pipeline.events.readValuesToList()).size());
        }
    }

    @Test
    void shouldJoinThirdArticleOfEvent() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", article("River floods Lindenholm", QUAY), T0);
            pipeline.pipe("flood-2", article("Barriers hold in Lindenholm", QUAY_2), T0.plus(Duration.ofHours(5)));
            pipeline.pipe("flood-3", article("Lindenholm asks for funds", QUAY_3), T0.plus(Duration.ofDays(2)));
            List<StoryEvent> events = unique(pipeline.events.readValuesToList());
            assertEquals(3, events.get(events.size() - 1).getStory().getArticleCount());
        }
    }
}
