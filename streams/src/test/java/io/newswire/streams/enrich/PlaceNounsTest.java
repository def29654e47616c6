package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceNounsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private boolean placeNounBefore(String language, String body, String name) {
        AnalyzedText text = analyzer.analyze("", body);
        Token token = text.tokens().stream().filter(t -> t.text().equals(name)).findFirst().orElseThrow();
        return PlaceNouns.before(text, token, LanguageProfile.of(language));
    }

    @Test
    void shouldFindTheSettlementNounAndItsOfBeforeTheName() {
        assertTrue(placeNounBefore("en", "Troops took the strategically vital town of Tavildara on Friday.", "Tavildara"));
    }

    @Test
    void shouldFindTheSettlementNounRightBeforeTheNameWhereTheLanguageWritesNoOf() {
        assertTrue(placeNounBefore("ru", "Бои шли в городе Тавильдара в пятницу.", "Тавильдара"));
    }

    @Test
    void shouldNotTakeAnOfAfterAnotherNounForAPlace() {
        assertFalse(placeNounBefore("en", "He is the mayor of Tavildara and a writer.", "Tavildara"));
    }

    @Test
    void shouldNotReachAcrossPunctuationForTheSettlementNoun() {
        assertFalse(placeNounBefore("nl", "Ze verlieten gisteren het dorp, Tavildara ligt verder naar het oosten.", "Tavildara"));
    }
}
