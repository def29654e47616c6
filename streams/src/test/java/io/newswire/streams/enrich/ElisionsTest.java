package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ElisionsTest {

    private static int articleLength(String word) {
        return Elisions.articleLength(word, 0, word.length());
    }

    @Test
    void shouldFindAFrenchElidedArticle() {
        assertEquals(2, articleLength("l'Ukraine"));
    }

    @Test
    void shouldFindAnItalianElidedArticleWithATypographicApostrophe() {
        assertEquals(5, articleLength("dell\u2019Unione"));
    }

    @Test
    void shouldLeaveACapitalisedNameWithAnApostropheWhole() {
        assertEquals(0, articleLength("D'Alema"));
    }

    @Test
    void shouldFindACapitalArticleOpeningASentenceBeforeAnOrdinaryWord() {
        assertEquals(2, articleLength("L\u2019aéroport"));
    }

    @Test
    void shouldLeaveACapitalArticleBeforeACapitalWhole() {
        assertEquals(0, articleLength("L'Aquila"));
    }

    @Test
    void shouldLeaveAnEnglishContractionWhole() {
        assertEquals(0, articleLength("don't"));
    }

    @Test
    void shouldSkipTheArticleWhenTokenising() {
        AnalyzedText text = new TextAnalyzer().analyze("", "Le président de l'Ukraine a parlé.");
        assertEquals(1, text.tokens().stream().filter(t -> t.text().equals("Ukraine")).count());
    }
}
