package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RussianNamesTest {

    private static final Morphology RUSSIAN = Morphology.of("ru");

    @Test
    void shouldPutAMansNameInTheInstrumentalInTheNominative() {
        assertEquals("Владимир Зеленский", RussianNames.inBaseForm("Владимиром Зеленским", RUSSIAN));
    }

    @Test
    void shouldPutAWomansNameInTheGenitiveInTheNominativeOfHerSurname() {
        assertEquals("Мария Захарова", RussianNames.inBaseForm("Марии Захаровой", RUSSIAN));
    }

    @Test
    void shouldReadAFirstNameThatIsAlsoARareNominativeInTheObliqueCase() {
        assertEquals("Дмитрий Песков", RussianNames.inBaseForm("Дмитрия Пескова", RUSSIAN));
    }

    @Test
    void shouldDeclineAnAdjectivalSurnameAndAPatronymic() {
        assertEquals("Алексей Анатольевич Навальный", RussianNames.inBaseForm("Алексея Анатольевича Навального", RUSSIAN));
    }

    @Test
    void shouldLeaveANameInTheNominativeAsWritten() {
        assertEquals("Мария Захарова", RussianNames.inBaseForm("Мария Захарова", RUSSIAN));
    }

    @Test
    void shouldLeaveANameAsWrittenWhenAWordHasNoReadingOfTheFirstNamesCase() {
        assertEquals("Владимиром Кравчуксом", RussianNames.inBaseForm("Владимиром Кравчуксом", RUSSIAN));
    }
}
