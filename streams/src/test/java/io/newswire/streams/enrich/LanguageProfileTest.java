package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageProfileTest {

    @Test
    void shouldKnowEachLanguagesOwnStopwords() {
        assertTrue(LanguageProfile.of("de").isStopword("und"));
        assertTrue(LanguageProfile.of("ru").isStopword("в"));
        assertFalse(LanguageProfile.of("de").isStopword("the"));
    }

    @Test
    void shouldKnowAGermanStopwordInTheReformedSpelling() {
        assertTrue(LanguageProfile.of("de").isStopword("dass"));
    }

    @Test
    void shouldStemWithTheLanguagesSnowballStemmer() {
        assertEquals(LanguageProfile.of("ru").stem("россия"), LanguageProfile.of("ru").stem("россии"));
        assertEquals("wahl", LanguageProfile.of("de").stem("wahlen"));
    }

    @Test
    void shouldStemTheLanguagesOutsideTheTierThatSnowballCovers() {
        LanguageProfile catalan = LanguageProfile.of("ca");
        assertEquals(catalan.stem("eleccions"), catalan.stem("elecció"));
        LanguageProfile lithuanian = LanguageProfile.of("lt");
        assertTrue(lithuanian.hasStemmer() && lithuanian.isStopword("ir"));
    }

    @Test
    void shouldKnowAGreekStopwordWrittenWithItsAccent() {
        LanguageProfile greek = LanguageProfile.of("el");
        assertTrue(greek.isStopword("είναι"));
        assertEquals(greek.stem("εκλογές"), greek.stem("εκλογών"));
    }

    @Test
    void shouldStemPolishWithStempel() {
        LanguageProfile polish = LanguageProfile.of("pl");
        assertTrue(polish.isStopword("się"));
        assertEquals(polish.stem("wojny"), polish.stem("wojna"));
    }

    @Test
    void shouldGiveALanguageWithoutAnAnalyserNoStopwordsAndNoStems() {
        LanguageProfile unknown = LanguageProfile.of("und");
        assertFalse(unknown.isStopword("the"));
        assertFalse(unknown.hasStemmer());
        assertEquals("wörter", unknown.stem("wörter"));
    }
}
