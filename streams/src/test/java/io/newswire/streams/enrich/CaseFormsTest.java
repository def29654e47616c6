package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFormsTest {

    @Test
    void shouldMakeOnePlaceOfTheCasesAnArticlePutsItIn() {
        // "Голоса Америки" reads as a plural nominative and stays; "Голосу Америки" was put in the nominative.
        List<MentionGroup> merged = CaseForms.merged(List.of(group("Голоса Америки"), group("Голос Америки")), LanguageProfile.of("ru"));
        assertEquals(1, merged.size());
        assertEquals("Голос Америки", merged.get(0).canonical);
    }

    @Test
    void shouldJoinASurnameInACaseSnowballStemsApartToItsPerson() {
        MentionGroup person = new MentionGroup(EntityType.PERSON, "Егор Свиридов");
        MentionGroup prepositional = new MentionGroup(EntityType.PERSON, "Свиридове");
        List<MentionGroup> merged = CaseForms.merged(List.of(person, prepositional), LanguageProfile.of("ru"));
        assertEquals(List.of(person), merged);
    }

    private static MentionGroup group(String canonical) {
        return new MentionGroup(EntityType.ORGANIZATION, canonical);
    }
}
