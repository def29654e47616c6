package io.newswire.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regression guard on a fixture written for it: two events, three articles each. The real figures come from the public sets. */
class ClusteringEvaluationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval/two-events.jsonl");

    @TempDir
    Path work;

    @Test
    void shouldClusterTheFixturesTwoEventsThroughTheRealTopology() throws Exception {
        List<String> lines = Files.readAllLines(FIXTURE);
        Map<String, String> gold = new LinkedHashMap<>();
        for (String line : lines) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            gold.put(node.get("id").asText(), node.get("label").asText());
        }
        ClusteringEvaluation.Result result = new ClusteringEvaluation(Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC),
                Map.of()).run(lines, work);
        ClusteringScore score = ClusteringScore.of(gold, result.stories());
        assertEquals(0, result.deadLetters());
        assertEquals(1.0, score.pairwiseP(), 1e-9, score.report());
        assertEquals(1.0, score.pairwiseR(), 1e-9, score.report());
    }

    @Test
    void shouldTallyWhatTheTopologyWritesToEachTopicPerArticle() throws Exception {
        List<String> lines = Files.readAllLines(FIXTURE);
        ClusteringEvaluation.Result result = new ClusteringEvaluation(Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC),
                Map.of()).run(lines, work);

        String report = result.writes().report(lines.size());
        assertTrue(report.lines().anyMatch(line -> line.matches("news\\.articles\\.enriched +1\\.00 +\\d+\\.\\d")), report);
        assertTrue(report.lines().anyMatch(line -> line.matches("newswire-streams-clustering-input-repartition +1\\.00 .*")), report);
    }
}
