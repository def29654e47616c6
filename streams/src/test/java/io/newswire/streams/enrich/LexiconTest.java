package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void shouldIgnoreCaseDotsAndApostrophesInAKey() {
        assertEquals("us", Lexicon.key("U.S."));
    }

    @Test
    void shouldTurnHyphensAndRunsOfSpaceIntoOneSpace() {
        assertEquals("al assad", Lexicon.key(" al-Assad  "));
    }

    @Test
    void shouldReturnAWordThatIsAlreadyAKeyItself() {
        String word = "bundesregierung";
        assertSame(word, Lexicon.key(word));
    }

    @Test
    void shouldRebuildAKeyWithTwoSpacesInARow() {
        assertEquals("new york", Lexicon.key("new  york"));
    }

    @Test
    void shouldFoldAccentsOfLatinLetters() {
        assertEquals("sao paulo", Lexicon.fold("são paulo"));
    }

    @Test
    void shouldLeaveAnElidedDeInsideANameOutOfItsKey() {
        assertEquals(Lexicon.key("Côte Ivoire"), Lexicon.key("Côte d'Ivoire"));
    }

    @Test
    void shouldKeepAnApostropheNameThatOpensWithD() {
        assertEquals("dalema", Lexicon.key("D'Alema"));
    }
}
