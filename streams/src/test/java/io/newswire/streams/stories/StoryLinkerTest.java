package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.internal.StoryLinkState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class StoryLinkerTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, StoryIds> index = init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("index"),
            Serdes.String(), StoryIds.serde()).withLoggingDisabled().build());
    private final KeyValueStore<String, LinkCandidate> vectors = init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("vectors"),
            Serdes.String(), LinkCandidate.serde()).withLoggingDisabled().build());
    private final StoryLinker linker = new StoryLinker(
            init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("links"), Serdes.String(),
                    NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient()).<StoryLinkState>storeSerde())
                    .withLoggingDisabled().build()),
            index, vectors, StorySimilarity.DEFAULT, StorySimilarity.LINK_THRESHOLD);

    private <S extends org.apache.kafka.streams.processor.StateStore> S init(S store) {
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static Story story(String id, String language, Instant at, String... entities) {
        return Story.newBuilder().setId(id).setTitle("Title " + id).setFirstSeen(at).setLastSeen(at).setArticleCount(1)
                .setSourceCount(1).setStatus("EMERGING").setVelocity(0).setLanguage(language)
                .setTopEntities(Arrays.stream(entities).map(e -> new StoryEntity(e, e, "LOCATION", 1.0, null, null, null)).toList())
                .build();
    }

    @Test
    void shouldLinkStoriesInTwoLanguagesSharingTheirEntities() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries", "marta-horvath"), 1);
        List<StoryLinker.Link> links = linker.update(story("story-00000000000000b2", "de", T0.plus(Duration.ofHours(3)),
                "lindenholm", "baltic-ferries", "marta-horvath"), 1).links();
        assertEquals(2, links.size());
        Story german = links.get(0).story();
        assertEquals("story-00000000000000a1", german.getLinkedStories().get(0).getId());
        assertEquals("en", german.getLinkedStories().get(0).getLanguage());
        assertEquals("story-00000000000000b2", links.get(1).story().getLinkedStories().get(0).getId());
    }

    @Test
    void shouldLinkStoriesThatWriteOnePersonsNameInTheirLanguagesSpelling() {
        linker.update(story("story-00000000000000a1", "en", T0, "vladimir-putin", "lindenholm"), 1);
        List<StoryLinker.Link> links = linker.update(story("story-00000000000000b2", "fr", T0, "vladimir-poutine", "lindenholm"), 1).links();
        assertEquals(2, links.size());
    }

    @Test
    void shouldCompareTheCentroidAChangeBringsBeyondItsSummary() {
        Map<String, Double> shared = Map.of("lindenholm", 1.0, "baltic-ferries", 1.0, "marta-horvath", 1.0);
        Map<String, Double> english = new java.util.HashMap<>(shared);
        english.put("aldmouth", 0.3);
        Map<String, Double> german = new java.util.HashMap<>(shared);
        german.put("kelberg", 0.3);
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "aldmouth"), 1, new LinkFeatures(english, null));
        List<StoryLinker.Link> links = linker.update(story("story-00000000000000b2", "de", T0, "lindenholm", "kelberg"), 1,
                new LinkFeatures(german, null)).links();
        assertEquals(2, links.size());
    }

    @Test
    void shouldReturnEveryChangesSnapshotWithTheStorysLinks() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1);
        linker.update(story("story-00000000000000b2", "de", T0, "lindenholm", "baltic-ferries"), 1);
        Story later = linker.update(story("story-00000000000000a1", "en", T0.plusSeconds(600), "lindenholm", "baltic-ferries"), 2).story();
        assertEquals("story-00000000000000b2", later.getLinkedStories().get(0).getId());
    }

    @Test
    void shouldForgetAClosedStoryButKeepItsLinksOnItsLastSnapshot() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1);
        linker.update(story("story-00000000000000b2", "de", T0, "lindenholm", "baltic-ferries"), 1);
        Story closed = story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries");
        closed.setStatus("CLOSED");
        assertEquals(1, linker.update(closed, 2).story().getLinkedStories().size());
        assertEquals(List.of(), linker.update(story("story-00000000000000c3", "fr", T0, "lindenholm", "baltic-ferries"), 1).links()
                .stream().filter(l -> l.other().equals("story-00000000000000a1")).toList());
    }

    @Test
    void shouldRebuildTheEntityIndexWhenATaskStartsWithoutIt() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1);
        try (var all = index.all()) {
            all.forEachRemaining(entry -> index.delete(entry.key));
        }
        linker.start();
        assertEquals(2, linker.update(story("story-00000000000000b2", "de", T0, "lindenholm", "baltic-ferries"), 1).links().size());
    }

    @Test
    void shouldRebuildTheCandidateVectorsWhenATaskStartsWithoutThem() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1);
        try (var all = vectors.all()) {
            all.forEachRemaining(entry -> vectors.delete(entry.key));
        }
        linker.start();
        assertEquals(2, linker.update(story("story-00000000000000b2", "de", T0, "lindenholm", "baltic-ferries"), 1).links().size());
    }

    @Test
    void shouldNotLinkStoriesOfOneLanguage() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1);
        assertEquals(List.of(), linker.update(story("story-00000000000000b2", "en", T0, "lindenholm", "baltic-ferries"), 1).links());
    }

    @Test
    void shouldNotLinkOnOneSharedEntityAlone() {
        linker.update(story("story-00000000000000a1", "en", T0, "germany"), 1);
        assertEquals(List.of(), linker.update(story("story-00000000000000b2", "de", T0, "germany"), 1).links());
    }

    @Test
    void shouldNotLinkStoriesDatedMonthsApart() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1, datedAt(T0));
        Instant later = T0.plus(Duration.ofDays(120));
        assertTrue(linker.update(story("story-00000000000000b2", "de", later, "lindenholm", "baltic-ferries"), 1, datedAt(later))
                .links().isEmpty());
    }

    @Test
    void shouldLinkADatedStoryToOneWhoseArticlesStateNoDate() {
        // A replayed archive: one page carries its date, the other only the time it was read, months later.
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1, datedAt(T0));
        assertEquals(2, linker.update(story("story-00000000000000b2", "de", T0.plus(Duration.ofDays(120)), "lindenholm", "baltic-ferries"), 1,
                LinkFeatures.NONE).links().size());
    }

    private static LinkFeatures datedAt(Instant time) {
        return new LinkFeatures(Map.of(), time.toEpochMilli());
    }

    @Test
    void shouldLinkAPairOnlyOnce() {
        linker.update(story("story-00000000000000a1", "en", T0, "lindenholm", "baltic-ferries"), 1);
        linker.update(story("story-00000000000000b2", "de", T0, "lindenholm", "baltic-ferries"), 1);
        assertEquals(List.of(), linker.update(story("story-00000000000000b2", "de", T0, "lindenholm", "baltic-ferries"), 2).links());
    }
}
