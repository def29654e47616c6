package io.newswire.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.app.eval.NerScore.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected figures computed by hand with the benchmark's score_ner.py definitions. */
class NerScoreTest {

    @Test
    void shouldCountOnlyExactSpanAndTypeAsRight() {
        NerScore score = new NerScore();
        score.add(List.of(new Mention(0, 5, "PER"), new Mention(10, 16, "LOC")),
                List.of(new Mention(0, 5, "PER"), new Mention(10, 16, "ORG"), new Mention(20, 22, "LOC")));
        assertEquals(new NerScore.Counts(2, 3, 1), score.micro());
        assertEquals(2.0 / 3, score.untyped().precision(), 1e-9);
        assertEquals(1.0, score.untyped().recall(), 1e-9);
    }

    @Test
    void shouldLeaveOutPredictionsOverlappingAGoldMiscdSpan() {
        NerScore score = new NerScore();
        score.add(List.of(new Mention(0, 9, "MISCD"), new Mention(20, 26, "LOC")),
                List.of(new Mention(0, 9, "LOC"), new Mention(20, 26, "LOC")));
        assertEquals(1, score.masked());
        assertEquals(new NerScore.Counts(1, 1, 1), score.type("LOC"));
    }

    @Test
    void shouldKeepMiscOutOfTheMicroAverage() {
        NerScore score = new NerScore();
        score.add(List.of(new Mention(0, 4, "MISC")), List.of(new Mention(0, 4, "MISC"), new Mention(6, 8, "PER")));
        assertEquals(new NerScore.Counts(0, 1, 0), score.micro());
        assertEquals(new NerScore.Counts(1, 1, 1), score.type("MISC"));
    }
}
