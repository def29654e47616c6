package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.serde.TrustedAvroPackages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySimilarityTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    /** An article naming as many entities of its own as the linker compares, then the two given, less salient than all of them. */
    private static Article article(String id, String language, String... shared) {
        TrustedAvroPackages.register();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < StoryLinker.LINKED_ENTITIES; i++) {
            entities.add(entity(id + "-own-" + i, 1.0 - i * 0.01));
        }
        for (String s : shared) {
            entities.add(entity(s, 0.1));
        }
        return Article.newBuilder().setId(id).setSource("outlet").setTitle("t").setBody("b").setLanguage(language)
                .setIngestedAt(AT).setEventTime(AT).setEntities(entities).setKeywords(List.of()).build();
    }

    private static Entity entity(String id, double salience) {
        return Entity.newBuilder().setId(id).setName(id).setType("PERSON").setMentions(1).setSalience(salience).build();
    }

    @Test
    void shouldCompareAcrossLanguagesOnlyTheEntitiesTheLinkerSees() {
        double score = StorySimilarity.DEFAULT.acrossLanguages(article("a", "de", "x", "y"), article("b", "en", "x", "y"));
        assertEquals(0.0, score, 1e-9);
    }
}
