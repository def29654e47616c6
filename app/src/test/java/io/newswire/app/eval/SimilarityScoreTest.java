package io.newswire.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityScoreTest {

    @Test
    void shouldCorrelateASimilarityWithTheGoldScoreSignFlipped() {
        SimilarityScore score = new SimilarityScore();
        score.add("de-de", 0.9, 1.0, true);
        score.add("de-de", 0.6, 2.5, false);
        score.add("de-de", 0.1, 4.0, false);
        assertEquals(0.9897, score.pearson("de-de"), 1e-4);
    }

    @Test
    void shouldCountSameEventPairsJoinedAndUnrelatedPairsApart() {
        SimilarityScore score = new SimilarityScore();
        score.add("de-en", 0.8, 1.0, true);
        score.add("de-en", 0.2, 1.5, false);
        score.add("de-en", 0.1, 3.5, false);
        String report = score.report();
        assertTrue(report.contains("1 of 2"), report);
        assertTrue(report.contains("1 of 1"), report);
    }
}
