package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    /** Rows (bias, x) labelled true from x = 0.5: the fitted boundary must sit there. */
    @Test
    void shouldPutTheBoundaryBetweenTheTwoClasses() {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double x = i / 20.0;
            rows.add(new double[] {1, x});
            labels.add(x > 0.5 || (x == 0.5 && i % 2 == 0));
        }
        double[] w = LogisticFit.fit(rows, labels, Collections.nCopies(rows.size(), 1.0), 1e-3);
        assertTrue(LogisticFit.sigmoid(LogisticFit.dot(w, new double[] {1, 0.35})) < 0.5);
        assertTrue(LogisticFit.sigmoid(LogisticFit.dot(w, new double[] {1, 0.65})) > 0.5);
    }

    /** The same two contradicting rows: the heavier one decides which way the probability leans. */
    @Test
    void shouldLetHeavierRowsCountMore() {
        List<double[]> rows = List.of(new double[] {1}, new double[] {1});
        double[] w = LogisticFit.fit(rows, List.of(true, false), List.of(3.0, 1.0), 1e-3);
        double p = LogisticFit.sigmoid(w[0]);
        assertTrue(Math.abs(p - 0.75) < 0.01, "p = " + p);
    }
}
