package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldStartASentenceAtTheDashAfterAFullStopInsideGuillemets() {
        AnalyzedText text = analyzer.analyze("", "«Выбора нет, – сказала Клара Веннстром. – Дамбы не выдерживают».");
        assertNotEquals(token(text, "Веннстром").sentence(), token(text, "Дамбы").sentence());
    }

    @Test
    void shouldKeepADatelineAndItsSentenceTogether() {
        AnalyzedText text = analyzer.analyze("", "ERIE, Pa. — A Pennsylvania woman says she bought a car online.");
        assertEquals(token(text, "ERIE").sentence(), token(text, "online").sentence());
    }

    private static Token token(AnalyzedText text, String word) {
        return text.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }
}
