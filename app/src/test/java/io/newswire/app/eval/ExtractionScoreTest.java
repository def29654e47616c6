package io.newswire.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

    @Test
    void shouldScorePerfectExtractionAsOne() {
        ExtractionScore score = new ExtractionScore();
        assertEquals(1.0, score.add("one two three four five", "one two three four five"));
        assertEquals(1.0, score.f1());
    }

    @Test
    void shouldPenaliseExtraTextInPrecisionOnly() {
        ExtractionScore score = new ExtractionScore();
        score.add("a b c d e", "a b c d e f g");
        assertEquals(0.5, score.precision(), 1e-9);
        assertEquals(1.0, score.recall(), 1e-9);
    }

    @Test
    void shouldTreatShortTextAsOneShingle() {
        assertEquals(1, ExtractionScore.shingles("two words").size());
        assertEquals(2, ExtractionScore.shingles("a b c d e").size());
    }
}
