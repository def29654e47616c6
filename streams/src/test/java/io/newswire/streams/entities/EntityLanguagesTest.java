package io.newswire.streams.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.EntityRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityLanguagesTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");

    private static EntityRecord record(String language, String name, String type, long articles, Instant first, String... aliases) {
        return EntityRecord.newBuilder().setId("germany").setName(name).setType(type).setTypeVotes(new HashMap<>(Map.of(type, (int) articles)))
                .setAliases(new ArrayList<>(List.of(aliases))).setArticles(articles).setLanguage(language)
                .setFirstSeen(first).setLastSeen(first.plusSeconds(3600)).build();
    }

    private static EntityRecord germanyInEnglishAndGerman() {
        EntityRecord english = EntityLanguages.merge(null, "germany", "en", record("en", "Germany", "LOCATION", 3, T0));
        return EntityLanguages.merge(english, "germany", "de", record("de", "Deutschland", "LOCATION", 5, T0.minusSeconds(60), "Deutschlands"));
    }

    @Test
    void shouldKeepEachLanguagesSection() {
        assertEquals(Set.of("en", "de"), germanyInEnglishAndGerman().getLanguages().keySet());
        assertEquals("Deutschland", germanyInEnglishAndGerman().getLanguages().get("de").getName());
    }

    @Test
    void shouldSumArticlesAndTypeVotesOverLanguages() {
        EntityRecord merged = germanyInEnglishAndGerman();
        assertEquals(8, merged.getArticles());
        assertEquals(8, merged.getTypeVotes().get("LOCATION"));
    }

    @Test
    void shouldNameTheEntityByTheNameItsIdWasMadeFrom() {
        assertEquals("Germany", germanyInEnglishAndGerman().getName());
    }

    @Test
    void shouldListEveryLanguagesNamesAsAliases() {
        assertEquals(List.of("Deutschland", "Deutschlands"), germanyInEnglishAndGerman().getAliases());
    }

    @Test
    void shouldTakeTheLanguageWithMostArticlesAndTheEarliestFirstSeen() {
        EntityRecord merged = germanyInEnglishAndGerman();
        assertEquals("de", merged.getLanguage());
        assertEquals(T0.minusSeconds(60), merged.getFirstSeen());
    }

    @Test
    void shouldDropALanguageThatForgotTheEntity() {
        EntityRecord merged = EntityLanguages.merge(germanyInEnglishAndGerman(), "germany", "de", null);
        assertEquals(Set.of("en"), merged.getLanguages().keySet());
        assertEquals(3, merged.getArticles());
        assertTrue(merged.getAliases().isEmpty());
    }

    @Test
    void shouldForgetTheEntityWhenNoLanguageKnowsIt() {
        EntityRecord english = EntityLanguages.merge(null, "germany", "en", record("en", "Germany", "LOCATION", 3, T0));
        assertNull(EntityLanguages.merge(english, "germany", "en", null));
    }
}
