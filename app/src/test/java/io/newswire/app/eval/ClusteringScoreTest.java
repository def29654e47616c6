package io.newswire.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected figures computed by hand with the benchmark's score.py definitions. */
class ClusteringScoreTest {

    private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "y");

    @Test
    void shouldScorePerfectClusteringAsOne() {
        ClusteringScore score = ClusteringScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "2"));
        assertEquals(1.0, score.pairwiseF1(), 1e-9);
        assertEquals(1.0, score.bcubedF1(), 1e-9);
        assertEquals(1.0, score.nmi(), 1e-9);
    }

    @Test
    void shouldScoreASplitEventByPairsAndPerArticle() {
        ClusteringScore score = ClusteringScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "2", "d", "3"));
        assertEquals(1.0, score.pairwiseP(), 1e-9);
        assertEquals(1.0 / 3, score.pairwiseR(), 1e-9);
        assertEquals(1.0, score.bcubedP(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, score.bcubedR(), 1e-9);
    }

    @Test
    void shouldCountAnArticleWithoutPredictionAsItsOwnCluster() {
        ClusteringScore score = ClusteringScore.of(GOLD, Map.of("a", "1", "b", "1", "d", "2"));
        assertEquals(3, score.predictedClusters());
        assertEquals(1.0 / 3, score.pairwiseR(), 1e-9);
    }
}
