package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.avro.Story;
import io.newswire.avro.internal.StoryState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryVectorTest {

    static {
        // Building a Story outside a serde: Avro checks the classes it resolves against the trusted packages.
        io.newswire.serde.TrustedAvroPackages.register();
    }

    static StoryState story(Map<String, Double> entities, Map<String, Double> terms, Long datedTime) {
        return StoryState.newBuilder().setStory(Story.newBuilder().setId("story-0000000000000001").setTitle("t")
                        .setFirstSeen(java.time.Instant.EPOCH).setLastSeen(java.time.Instant.EPOCH).setArticleCount(1).setSourceCount(1)
                        .setSources(new ArrayList<>()).setArticleIds(new ArrayList<>()).setStatus("EMERGING").setVelocity(0)
                        .setLanguage("en").build())
                .setTerms(new LinkedHashMap<>(terms)).setEntities(new LinkedHashMap<>(entities)).setEntityNames(new LinkedHashMap<>())
                .setCategoryScores(new LinkedHashMap<>()).setArticleTimes(new ArrayList<>()).setAbsorbed(new ArrayList<>())
                .setSequence(0).setDatedTime(datedTime).build();
    }

    @Test
    void shouldGiveTheCosineOfTheWeightMaps() {
        StoryVector a = StoryVector.of(story(Map.of("kyiv", 2.0, "ukraine", 1.0), Map.of("talks", 3.0, "ceasefire", 1.0, "grain", 0.5), null));
        StoryVector b = StoryVector.of(story(Map.of("ukraine", 4.0, "russia", 1.0), Map.of("ceasefire", 2.0, "grain", 2.0), null));
        double entities = (1.0 * 4.0) / (Math.sqrt(5) * Math.sqrt(17));
        double terms = (1.0 * 2.0 + 0.5 * 2.0) / (Math.sqrt(10.25) * Math.sqrt(8));
        assertEquals(entities, a.entityCosine(b), 1e-12);
        assertEquals(terms, a.termCosine(b), 1e-12);
    }

    @Test
    void shouldReadBackWhatItWrote() {
        StoryVector written = StoryVector.of(story(Map.of("kyiv", 2.0), Map.of("talks", 3.0, "grain", 0.5), 1_700_000_000_000L));
        StoryVector read = StoryVector.fromBytes(written.toBytes());
        assertEquals(written.datedTime, read.datedTime);
        assertEquals(written.size, read.size);
        assertEquals(1.0, read.entityCosine(written), 1e-12);
        assertEquals(1.0, read.termCosine(written), 1e-12);
    }

    @Test
    void shouldScoreZeroAgainstAnEmptyVector() {
        StoryVector empty = StoryVector.of(story(Map.of(), Map.of(), null));
        StoryVector some = StoryVector.of(story(Map.of("kyiv", 1.0), Map.of("talks", 1.0), null));
        assertEquals(0.0, empty.entityCosine(some));
        assertEquals(0.0, some.termCosine(empty));
    }
}
