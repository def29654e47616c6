package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.avro.StoryEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples cluster the way they were written: one story per event, whatever the outlet. */
class SampleClusteringTest {

    /** Sample file name → the event it was written about. */
    static final Map<String, String> INTENDED = Map.ofEntries(
            Map.entry("storm-aurelia-floods.txt", "floods"), Map.entry("aurelia-evacuations.txt", "floods"),
            Map.entry("po-valley-emergency.txt", "floods"), Map.entry("mercosur-vote.txt", "mercosur"),
            Map.entry("mercosur-farmers.txt", "mercosur"), Map.entry("mercosur-brazil-reaction.txt", "mercosur"),
            Map.entry("ecb-cuts-rates.txt", "ecb"), Map.entry("lagarde-rate-cut.txt", "ecb"),
            Map.entry("cup-final.txt", "final"), Map.entry("okafor-final.txt", "final"),
            Map.entry("webb-exoplanet.txt", "webb"));

    @TempDir
    Path stateDir;

    @Test
    void shouldClusterSamplesExactlyAsIntended() throws IOException {
        Map<String, String> storyOf = cluster(stateDir);
        PairwiseScore score = PairwiseScore.of(INTENDED, storyOf);
        System.out.println("Sample clustering: " + score);
        assertEquals(1.0, score.precision());
        assertEquals(1.0, score.recall());
    }

    /** Article file name → story id, feeding samples in name order, a few minutes apart. */
    static Map<String, String> cluster(Path stateDir) throws IOException {
        Map<String, String> storyOf = new HashMap<>();
        try (TestPipeline pipeline = new TestPipeline(stateDir); Stream<Path> files = Files.walk(Path.of("../samples"))) {
            Instant at = Instant.parse("2024-11-20T08:00:00Z");
            List<Path> samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            for (Path sample : samples) {
                at = at.plus(Duration.ofMinutes(7));
                pipeline.pipe(sample.getFileName().toString(), Files.readAllBytes(sample), at);
            }
            for (StoryEvent event : pipeline.events.readValuesToList()) {
                Map<String, String> byArticle = new HashMap<>();
                if (event.getArticleId() != null) {
                    byArticle.put(event.getArticleId(), event.getStory().getId());
                }
                storyOf.putAll(byArticle);
                String survivor = event.getStory().getMergedInto();
                if (survivor != null) {
                    storyOf.replaceAll((article, story) -> story.equals(event.getStory().getId()) ? survivor : story);
                }
            }
        }
        return storyOf;
    }

    /** Pairwise precision/recall/F1 of a clustering against the intended grouping. */
    record PairwiseScore(double precision, double recall) {

        static PairwiseScore of(Map<String, String> intended, Map<String, String> actual) {
            List<String> items = intended.keySet().stream().sorted().toList();
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    boolean same = intended.get(items.get(i)).equals(intended.get(items.get(j)));
                    boolean together = actual.get(items.get(i)) != null && actual.get(items.get(i)).equals(actual.get(items.get(j)));
                    if (same && together) {
                        tp++;
                    } else if (together) {
                        fp++;
                    } else if (same) {
                        fn++;
                    }
                }
            }
            return new PairwiseScore(tp + fp == 0 ? 1.0 : tp / (double) (tp + fp), tp + fn == 0 ? 1.0 : tp / (double) (tp + fn));
        }

        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "pairwise precision %.3f recall %.3f F1 %.3f", precision, recall, f1());
        }
    }
}
