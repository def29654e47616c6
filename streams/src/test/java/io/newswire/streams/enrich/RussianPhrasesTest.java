package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void shouldPutAOneWordNameThatIsAlsoAGivenNameInTheNominative() {
        assertEquals("Спартак", RussianPhrases.inBaseForm("Спартака", RUSSIAN));
    }
}
