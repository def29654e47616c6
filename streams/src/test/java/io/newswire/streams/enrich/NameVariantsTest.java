package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void shouldGiveAPersonOneKeyInTheFrenchGermanAndEnglishSpellingsOfTheName() {
        assertEquals(NameVariants.linkKey("vladimir-putin"), NameVariants.linkKey("vladimir-poutine"));
        assertEquals(NameVariants.linkKey("vladimir-putin"), NameVariants.linkKey("wladimir-putin"));
        assertEquals(NameVariants.linkKey("volodymyr-zelensky"), NameVariants.linkKey("wolodymyr-selenskyj"));
        assertEquals(NameVariants.linkKey("volodymyr-zelensky"), NameVariants.linkKey("volodimir-zelenski"));
        assertEquals(NameVariants.linkKey("benjamin-netanyahu"), NameVariants.linkKey("benyamin-netanyahou"));
        assertEquals(NameVariants.linkKey("benjamin-netanyahu"), NameVariants.linkKey("binyamin-netanyakhu"));
        assertEquals(NameVariants.linkKey("dmitry-peskov"), NameVariants.linkKey("dmitry-peskow"));
    }

    @Test
    void shouldKeepTwoPeopleWithOneFirstNameApart() {
        assertNotEquals(NameVariants.linkKey("vladimir-putin"), NameVariants.linkKey("vladimir-zelensky"));
    }

    @Test
    void shouldLeaveIdsThatDoNotStartWithAGivenNameAsTheyAre() {
        assertEquals("el-paso", NameVariants.linkKey("el-paso"));
        assertEquals("united-states", NameVariants.linkKey("united-states"));
        assertEquals("germany", NameVariants.linkKey("germany"));
    }

    @Test
    void shouldLeaveIdsOfMoreThanThreeWordsAsTheyAre() {
        assertEquals("maria-de-los-angeles", NameVariants.linkKey("maria-de-los-angeles"));
    }
}
