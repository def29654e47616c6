package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PressRomanisationTest {

    @Test
    void shouldWriteARussianNameAsTheEnglishPressDoes() {
        assertEquals("Dmitry Peskov", PressRomanisation.romanise("Дмитрий Песков"));
    }

    @Test
    void shouldDropSoftSignsAndShortenTheDoubleYEnding() {
        assertEquals("Alexei Navalny", PressRomanisation.romanise("Алексей Навальный"));
    }

    @Test
    void shouldRomaniseOtherScriptsWithIcu() {
        assertEquals("athena", PressRomanisation.romanise("αθηνα"));
    }
}
