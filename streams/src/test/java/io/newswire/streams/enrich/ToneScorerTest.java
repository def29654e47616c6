package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneScorerTest {

    private final ToneScorer scorer = new ToneScorer();
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private ToneScorer.Tone tone(String language, String text) {
        return scorer.score(analyzer.analyze("", text).bodyTokens(), LanguageProfile.of(language));
    }

    @Test
    void shouldReadFrenchWithItsOwnLexicon() {
        ToneScorer.Tone tone = tone("fr", "Un accident terrible et tragique : une journée horrible et triste pour la ville.");
        assertTrue(tone.negative() > tone.positive(), tone.toString());
        assertTrue(tone.score() < 0, tone.toString());
    }

    @Test
    void shouldScorePatternPolarityOnTheAfinnScale() {
        // "magnifique" is +1 in Pattern, five on AFINN's scale: two such words score 10 per 2 words, 500 per 100.
        assertEquals(500.0, tone("fr", "Magnifique magnifique").score());
    }

    @Test
    void shouldReadItalianWithItsOwnLexicon() {
        ToneScorer.Tone tone = tone("it", "Una giornata felice, un risultato ottimo per la squadra.");
        assertTrue(tone.polarity() > 0, tone.toString());
    }

    @Test
    void shouldGiveNoToneWhereTheLanguageHasNoLicensedLexicon() {
        assertNull(tone("de", "Ein schrecklicher Unfall, ein trauriger Tag für die Stadt."));
    }
}
