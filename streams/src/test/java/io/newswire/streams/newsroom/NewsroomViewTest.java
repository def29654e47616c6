package io.newswire.streams.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.avro.EventArticle;
import io.newswire.avro.LinkedStory;
import io.newswire.avro.Quotation;
import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.NewsroomStory;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class NewsroomViewTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient());
    private final KeyValueStore<String, NewsroomStory> stories = init(Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore("stories"), Serdes.String(), topics.<NewsroomStory>storeSerde()).withLoggingDisabled().build());
    private final NewsroomView view = new NewsroomView(stories);

    private <S extends StateStore> S init(S store) {
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static Story story(String id, int articleCount, String status) {
        return Story.newBuilder().setId(id).setTitle("Title of " + id).setFirstSeen(T0).setLastSeen(T0).setArticleCount(articleCount)
                .setSourceCount(1).setStatus(status).setVelocity(1.0).build();
    }

    private static StoryEvent event(String type, Story story, Instant at) {
        return StoryEvent.newBuilder().setEventId(story.getId() + ":" + type).setType(type).setTopic("").setSequence(1)
                .setStory(story).setAt(at).build();
    }

    /** The ARTICLE_ADDED event the clusterer writes when the article joins the story. */
    private static StoryEvent article(String id, String storyId, Instant time) {
        EventArticle article = EventArticle.newBuilder().setId(id).setTitle("Article " + id).setSource("outlet").setTime(time)
                .setQuotations(List.of(new Quotation("We will rebuild.", "Ana Lima", "person:ana-lima", "said", false))).build();
        return StoryEvent.newBuilder(event("ARTICLE_ADDED", story(storyId, 1, "EMERGING"), time)).setEventId(storyId + ":" + id)
                .setArticleId(id).setArticleTitle(article.getTitle()).setArticle(article).build();
    }

    private void apply(StoryEvent event) {
        view.apply(event);
    }

    private List<String> articleIds(String storyId) {
        return stories.get(storyId).getArticles().stream().map(StoryArticle::getId).toList();
    }

    @Test
    void shouldKeepAnArticleFarOlderThanTheStorysNewest() {
        apply(article("a1", "s1", T0));
        apply(article("a2", "s1", T0.minus(Duration.ofDays(30))));

        assertEquals(List.of("a2", "a1"), articleIds("s1"));
    }

    @Test
    void shouldKeepTheLatestSnapshotAndEventType() {
        apply(event("CREATED", story("s1", 1, "EMERGING"), T0));
        apply(event("ARTICLE_ADDED", story("s1", 2, "EMERGING"), T0.plusSeconds(60)));

        NewsroomStory kept = stories.get("s1");
        assertEquals(2, kept.getStory().getArticleCount());
        assertEquals("ARTICLE_ADDED", kept.getLastEvent());
        assertEquals(T0.plusSeconds(60), kept.getUpdatedAt());
    }

    /** Story s1 created at T0 and linked to s9 at T0 + 30 s. */
    private void createLinkedStory() {
        apply(event("CREATED", story("s1", 1, "EMERGING"), T0));
        Story linked = story("s1", 1, "EMERGING");
        linked.setLinkedStories(List.of(new LinkedStory("s9", "de", "Hochwasser", 0.8)));
        apply(event("LINKED", linked, T0.plusSeconds(30)));
    }

    @Test
    void shouldKeepAStorysLinksThroughLaterSnapshotsWithoutThem() {
        createLinkedStory();
        apply(event("ARTICLE_ADDED", story("s1", 2, "EMERGING"), T0.plusSeconds(60)));

        NewsroomStory kept = stories.get("s1");
        assertEquals(2, kept.getStory().getArticleCount());
        assertEquals("s9", kept.getStory().getLinkedStories().get(0).getId());
    }

    @Test
    void shouldKeepAStorysLinksThroughALaterStorylineEvent() {
        createLinkedStory();
        Story placed = story("s1", 1, "EMERGING");
        placed.setStorylineId("storyline-1");
        apply(event("STORYLINE", placed, T0.plusSeconds(40)));

        NewsroomStory kept = stories.get("s1");
        assertEquals("storyline-1", kept.getStory().getStorylineId());
        assertEquals("s9", kept.getStory().getLinkedStories().get(0).getId());
    }

    @Test
    void shouldRememberWhenAStoryStartedTrending() {
        apply(event("TRENDING", story("s1", 5, "ACTIVE"), T0));

        assertEquals(T0, stories.get("s1").getTrendingAt());
    }

    @Test
    void shouldListArticlesNewestFirstOnce() {
        apply(article("a1", "s1", T0));
        apply(article("a2", "s1", T0.plusSeconds(120)));
        apply(article("a1", "s1", T0));

        assertEquals(List.of("a2", "a1"), articleIds("s1"));
        assertEquals(List.of(T0.toEpochMilli(), T0.plusSeconds(120).toEpochMilli()), stories.get("s1").getArticleTimes());
    }

    @Test
    void shouldKeepTwoArticlesOfTheSameMillisecond() {
        apply(article("a1", "s1", T0));
        apply(article("a2", "s1", T0));

        assertEquals(2, stories.get("s1").getArticles().size());
        assertEquals(List.of(T0.toEpochMilli(), T0.toEpochMilli()), stories.get("s1").getArticleTimes());
    }

    @Test
    void shouldKeepTheQuotationsTheEventsArticleCarries() {
        apply(article("a1", "s1", T0));

        StoryArticle kept = stories.get("s1").getArticles().get(0);
        assertEquals("s1", kept.getStoryId());
        assertEquals("Ana Lima", kept.getQuotations().get(0).getSpeaker());
    }

    @Test
    void shouldKeepNoArticleForAnEventWithoutOne() {
        apply(event("TRENDING", story("s1", 5, "ACTIVE"), T0));

        assertEquals(List.of(), stories.get("s1").getArticles());
        assertEquals(List.of(), stories.get("s1").getArticleTimes());
    }

    @Test
    void shouldListOnlyAStorysNewestArticles() {
        for (int i = 0; i < NewsroomView.MAX_ARTICLES + 5; i++) {
            apply(article("a" + i, "s1", T0.plusSeconds(i)));
        }

        List<StoryArticle> kept = stories.get("s1").getArticles();
        assertEquals(NewsroomView.MAX_ARTICLES, kept.size());
        assertEquals("a" + (NewsroomView.MAX_ARTICLES + 4), kept.get(0).getId());
    }

    @Test
    void shouldRecordStoriesMergedIntoTheSurvivor() {
        StoryEvent merged = StoryEvent.newBuilder(event("MERGED", story("s1", 4, "ACTIVE"), T0)).setMergedStoryId("s2").build();
        apply(merged);
        apply(merged);

        assertEquals(List.of("s2"), stories.get("s1").getAbsorbed());
    }

    @Test
    void shouldExpireOnlyClosedStoriesUnchangedSinceTheCutOff() {
        apply(article("a1", "old-closed", T0));
        apply(event("CLOSED", story("old-closed", 1, "CLOSED"), T0));
        apply(event("UPDATED", story("old-open", 1, "ACTIVE"), T0));
        apply(event("CLOSED", story("new-closed", 1, "CLOSED"), T0.plus(Duration.ofDays(2))));

        int removed = view.expire(T0.plus(Duration.ofDays(1)).toEpochMilli());

        assertEquals(1, removed);
        assertNull(stories.get("old-closed"));
        assertNotNull(stories.get("old-open"));
        assertNotNull(stories.get("new-closed"));
    }
}
