package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void shouldFindTheWordAfterASpacedElidedArticle() {
        String text = "Banca d' Italia";
        assertEquals(9, Elisions.spacedWordStart(text, 6, 7, text.length()));
    }

    @Test
    void shouldNotReadAQuotedWordAfterAnOrdinaryWordAsAnElision() {
        String text = "un po' di tempo";
        assertEquals(-1, Elisions.spacedWordStart(text, 3, 5, text.length()));
    }

    @Test
    void shouldFindACapitalArticleBeforeANameOpeningASentence() {
        assertEquals(2, Elisions.articleLength("L'Italia", 0, 8, true));
    }

    @Test
    void shouldFindAnElidedConjunctionBeforeANameOpeningASentence() {
        assertEquals(3, Elisions.articleLength("Qu’Angela", 0, 9, true));
    }

    @Test
    void shouldLeaveAnApostrophedSurnameOpeningASentenceWhole() {
        assertEquals(0, Elisions.articleLength("D'Alema", 0, 7, true));
    }

    @Test
    void shouldTokeniseASpacedElisionInsideANameAsTheUnspacedOne() {
        Token italia = new TextAnalyzer().analyze("", "Il governatore della Banca d' Italia ha parlato.").tokens().get(4);
        assertEquals(List.of("Italia", "d'"), List.of(italia.text(), italia.elided()));
    }

    @Test
    void shouldKeepASpacedCapitalElisionOneWordSpanningTheSpace() {
        AnalyzedText text = new TextAnalyzer().analyze("", "Ha parlato Massimo D' Alema.");
        Token alema = text.tokens().get(3);
        assertEquals(List.of("D'Alema", "D' Alema"), List.of(alema.text(), text.text().substring(alema.start(), alema.end())));
    }

    @Test
    void shouldKeepASpacedSantWithItsNameAsOneWord() {
        assertEquals("Sant'Agata", new TextAnalyzer().analyze("", "È nata a Sant' Agata dei Goti.").tokens().get(3).text());
    }

    @Test
    void shouldSplitTheArticleOffANameOpeningASentence() {
        assertEquals("Italia", new TextAnalyzer().analyze("", "L'Italia ha battuto la Francia.").tokens().get(0).text());
    }

    @Test
    void shouldKeepAKnownNameWithItsArticleOpeningASentence() {
        assertEquals("L'Aquila", new TextAnalyzer().analyze("", "L'Aquila è stata ricostruita.").tokens().get(0).text());
    }
}
