package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.avro.Keyword;
import io.newswire.avro.internal.StoryState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.streams.ArticleMemories;
import io.newswire.streams.ArticleMemory;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final Serde<StoryState> stateSerde = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient())
            .storeSerde();
    private final StoryStores stores = new StoryStores(
            init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("stories"), Serdes.String(), stateSerde).withLoggingDisabled().build()),
            indexStore(),
            init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("activity"), Serdes.String(),
                    NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient())
                            .<io.newswire.avro.internal.StoryActivity>storeSerde()).withLoggingDisabled().build()),
            init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("vectors"), Serdes.String(), Serdes.ByteArray())
                    .withLoggingDisabled().build()),
            new ArticleMemories(init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("articles"), Serdes.String(),
                    ArticleMemory.serde()).withLoggingDisabled().build())), initTimestamped("redirects"));

    private KeyValueStore<String, StoryIds> indexStore() {
        return init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("index"), Serdes.String(), StoryIds.serde())
                .withLoggingDisabled().build());
    }

    private <S extends org.apache.kafka.streams.processor.StateStore> S init(S store) {
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private TimestampedKeyValueStore<String, String> initTimestamped(String name) {
        return init(Stores.timestampedKeyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build());
    }

    /** Joins at 0.8, so two articles sharing an entity and half their words start separate stories. */
    private StoryClusterer clusterer(double threshold) {
        return new StoryClusterer(stores, handSet(threshold), StorySimilarity.DEFAULT, Duration.ofHours(72));
    }

    /** Ranks by the mean of the entity and word cosines and joins from {@code threshold} of it (the articles here state no time). */
    static StoryModel handSet(double threshold) {
        return new StoryModel(new double[] {0, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0}, new double[] {-20 * threshold, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }

    private static Article article(String id, Instant at, String entity, String... terms) {
        return Article.newBuilder().setId(id).setSource("outlet-" + id).setTitle("Title " + id).setBody("body")
                .setIngestedAt(at).setEventTime(at)
                .setEntities(List.of(Entity.newBuilder().setId(entity).setName(entity).setType("LOCATION").setMentions(2)
                        .setSalience(1.0).build()))
                .setKeywords(Arrays.stream(terms).map(t -> new Keyword(t, 1.0)).toList())
                .build();
    }

    private static StoryChange only(List<StoryChange> changes, StoryChange.Type type) {
        List<StoryChange> matching = changes.stream().filter(c -> c.type() == type).toList();
        assertEquals(1, matching.size(), changes.toString());
        return matching.get(0);
    }

    @Test
    void shouldJoinArticleThatSharesEntitiesAndWords() {
        StoryClusterer clusterer = clusterer(0.3);
        String story = only(clusterer.add(article("a", T0, "lindenholm", "flood", "river", "barrier"), 0), StoryChange.Type.CREATED)
                .story().getId();
        StoryChange added = only(clusterer.add(article("b", T0.plusSeconds(600), "lindenholm", "flood", "river", "evacuation"), 0),
                StoryChange.Type.ARTICLE_ADDED);
        assertEquals(story, added.story().getId());
        assertEquals(2, added.story().getArticleCount());
    }

    @Test
    void shouldRebuildTheDerivedStoryVectorsWhenATaskStartsWithoutThem() {
        StoryClusterer clusterer = clusterer(0.3);
        String story = only(clusterer.add(article("a", T0, "lindenholm", "flood", "river", "barrier"), 0), StoryChange.Type.CREATED)
                .story().getId();
        try (var all = stores.vectors().all()) {
            all.forEachRemaining(entry -> stores.vectors().delete(entry.key));
        }
        StoryClusterer restarted = clusterer(0.3);
        restarted.start();
        assertEquals(1, stores.vectors().approximateNumEntries());
        StoryChange added = only(restarted.add(article("b", T0.plusSeconds(600), "lindenholm", "flood", "river", "evacuation"), 0),
                StoryChange.Type.ARTICLE_ADDED);
        assertEquals(story, added.story().getId());
    }

    @Test
    void shouldKeepStoriesWithinOneLanguageWhenLanguagesShareATask() {
        StoryClusterer clusterer = clusterer(0.3);
        Article english = article("a", T0, "lindenholm", "flood", "river", "barrier");
        english.setLanguage("en");
        String story = only(clusterer.add(english, 0), StoryChange.Type.CREATED).story().getId();
        Article german = article("b", T0.plusSeconds(600), "lindenholm", "flood", "river", "barrier");
        german.setLanguage("de");
        StoryChange created = only(clusterer.add(german, 0), StoryChange.Type.CREATED);
        assertNotEquals(story, created.story().getId());
        assertEquals("de", created.story().getLanguage());
    }

    @Test
    void shouldStartNewStoryForUnrelatedArticle() {
        StoryClusterer clusterer = clusterer(0.3);
        clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0);
        only(clusterer.add(article("b", T0, "wembley", "final", "goal"), 0), StoryChange.Type.CREATED);
    }

    @Test
    void shouldNotCountAnArticleTwice() {
        StoryClusterer clusterer = clusterer(0.3);
        clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0);
        assertEquals(List.of(), clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0));
        StoryChange added = only(clusterer.add(article("b", T0, "lindenholm", "flood", "river"), 0), StoryChange.Type.ARTICLE_ADDED);
        assertEquals(2, added.story().getArticleCount());
    }

    @Test
    void shouldRetireTheAbsorbedStoryWithAFinalMergedChangeNamingTheSurvivor() {
        StoryClusterer clusterer = clusterer(0.8);
        String first = clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0).get(0).story().getId();
        String second = clusterer.add(article("b", T0, "lindenholm", "flood", "barrier"), 0).get(0).story().getId();
        assertNotEquals(first, second);
        List<StoryChange> changes = clusterer.add(article("c", T0, "lindenholm", "flood", "river", "barrier"), 0);
        StoryChange retired = changes.stream().filter(c -> c.story().getMergedInto() != null).findFirst().orElseThrow();
        assertEquals(StoryChange.Type.MERGED, retired.type());
        assertEquals("CLOSED", retired.story().getStatus());
        String survivor = retired.story().getMergedInto();
        assertEquals(survivor, retired.mergedStoryId());
        assertEquals(3, only(changes, StoryChange.Type.ARTICLE_ADDED).story().getArticleCount());
    }

    @Test
    void shouldRepointTheAbsorbedStorysArticlesToTheSurvivor() {
        StoryClusterer clusterer = clusterer(0.8);
        clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0);
        clusterer.add(article("b", T0, "lindenholm", "flood", "barrier"), 0);
        clusterer.add(article("c", T0, "lindenholm", "flood", "river", "barrier"), 0);
        assertEquals(clusterer.storyOf("c"), clusterer.storyOf("a"));
        assertEquals(clusterer.storyOf("c"), clusterer.storyOf("b"));
    }

    @Test
    void shouldNotOfferTheAbsorbedStoryAsACandidateAgain() {
        StoryClusterer clusterer = clusterer(0.8);
        clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0);
        clusterer.add(article("b", T0, "lindenholm", "flood", "barrier"), 0);
        List<StoryChange> merge = clusterer.add(article("c", T0, "lindenholm", "flood", "river", "barrier"), 0);
        String absorbed = merge.stream().filter(c -> c.story().getMergedInto() != null).findFirst().orElseThrow()
                .story().getId();
        List<StoryChange> next = clusterer.add(article("d", T0, "lindenholm", "flood", "river", "barrier"), 0);
        assertTrue(next.stream().noneMatch(c -> c.story().getId().equals(absorbed)), next.toString());
    }

    @Test
    void shouldJoinACopyToItsOriginalsStoryWhateverItsWords() {
        StoryClusterer clusterer = clusterer(0.3);
        String story = clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0).get(0).story().getId();
        Article copy = article("copy", T0, "elsewhere", "unrelated", "words");
        copy.setDuplicateOf("a");
        copy.setDuplicateSimilarity(0.9);
        assertEquals(story, only(clusterer.add(copy, 0), StoryChange.Type.ARTICLE_ADDED).story().getId());
    }

    @Test
    void shouldNotJoinAnArticleThatOnlySharesBoilerplateWithAnother() {
        StoryClusterer clusterer = clusterer(0.3);
        clusterer.add(article("a", T0, "lindenholm", "flood", "river"), 0);
        Article sameSite = article("other", T0, "wembley", "final", "goal");
        sameSite.setDuplicateOf("a");
        sameSite.setDuplicateSimilarity(0.05);
        sameSite.setSharedTextShare(0.1);
        only(clusterer.add(sameSite, 0), StoryChange.Type.CREATED);
    }

    @Test
    void shouldCloseAStoryInactiveInEventAndArrivalTime() {
        StoryClusterer clusterer = clusterer(0.3);
        clusterer.add(article("a", T0, "lindenholm", "flood", "river"), T0.toEpochMilli());
        long later = T0.toEpochMilli() + 73 * HOUR;
        StoryChange closed = only(clusterer.closeInactive(later, later), StoryChange.Type.CLOSED);
        assertEquals("CLOSED", closed.story().getStatus());
    }

    @Test
    void shouldKeepABackFilledStoryOpenWhileItsArticlesAreStillArriving() {
        StoryClusterer clusterer = clusterer(0.3);
        clusterer.add(article("a", T0, "lindenholm", "flood", "river"), T0.toEpochMilli());
        long eventLater = T0.toEpochMilli() + 30 * 24 * HOUR;
        assertEquals(List.of(), clusterer.closeInactive(eventLater, T0.toEpochMilli() + HOUR));
    }
}
