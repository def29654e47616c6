package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianPhrasesTest {

    private static final Morphology RUSSIAN = Morphology.of("ru");

    @Test
    void shouldPutAnAdjectiveAndItsFeminineNounInTheNominative() {
        assertEquals("Манежная площадь", RussianPhrases.inBaseForm("Манежной площади", RUSSIAN));
    }

    @Test
    void shouldPutANameInTheAccusativeInTheNominative() {
        assertEquals("Манежная площадь", RussianPhrases.inBaseForm("Манежную площадь", RUSSIAN));
    }

    @Test
    void shouldPutAMasculineNameInTheDativeInTheNominative() {
        assertEquals("Кронштадтский бульвар", RussianPhrases.inBaseForm("Кронштадтскому бульвару", RUSSIAN));
    }

    @Test
    void shouldLeaveTheGenitiveAfterTheHeadAsWritten() {
        assertEquals("Голос Америки", RussianPhrases.inBaseForm("Голосу Америки", RUSSIAN));
    }

    @Test
    void shouldPutAOneWordNameInTheNominative() {
        assertEquals("Капитолий", RussianPhrases.inBaseForm("Капитолия", RUSSIAN));
    }

    @Test
    void shouldLeaveANameThatReadsAsANominative() {
        assertEquals("Русская Православная Церковь", RussianPhrases.inBaseForm("Русская Православная Церковь", RUSSIAN));
    }

    @Test
    void shouldLeaveANameWhoseHeadTheDictionaryDoesNotKnow() {
        assertEquals("Роскосмоса", RussianPhrases.inBaseForm("Роскосмоса", RUSSIAN));
    }

    @Test
    void shouldMakeOnePlaceOfTheCasesAnArticlePutsItIn() {
        // "Голоса Америки" reads as a plural nominative and stays; "Голосу Америки" was put in the nominative.
        List<MentionGroup> merged = CaseForms.merged(List.of(group("Голоса Америки"), group("Голос Америки")), LanguageProfile.of("ru"));
        assertEquals(1, merged.size());
        assertEquals("Голос Америки", merged.get(0).canonical);
    }

    private static MentionGroup group(String canonical) {
        return new MentionGroup(EntityType.ORGANIZATION, canonical);
    }

    @Test
    void shouldJoinASurnameInACaseSnowballStemsApartToItsPerson() {
        MentionGroup person = new MentionGroup(EntityType.PERSON, "Егор Свиридов");
        MentionGroup prepositional = new MentionGroup(EntityType.PERSON, "Свиридове");
        List<MentionGroup> merged = CaseForms.merged(List.of(person, prepositional), LanguageProfile.of("ru"));
        assertEquals(List.of(person), merged);
    }
}
