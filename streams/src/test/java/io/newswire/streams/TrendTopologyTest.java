package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.TrendCount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendTopologyTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final String FLOOD = "Flood waters rose in Lindenholm on Monday and crews evacuated the old town of Lindenholm.";
    private static final String FLOOD_2 = "Barriers held in Lindenholm overnight, and emergency services in Lindenholm stood down.";
    private static final String FLOOD_3 = "Residents of Lindenholm returned home as the flood receded in Lindenholm.";
    private static final String OTHER = "Astronomers in Chile photographed a bright comet low on the horizon before dawn.";

    @TempDir
    Path stateDir;

    private static byte[] article(String title, String body) {
        return (title + "\n\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    /** The final count of the window [T0, T0+1h) for Lindenholm, if it was emitted. */
    private static List<TrendCount> firstHour(TestPipeline pipeline) {
        return pipeline.trends.readValuesToList().stream()
                .filter(t -> t.getKey().equals("entity:lindenholm") && t.getWindowStart().equals(T0)).toList();
    }

    @Test
    void shouldEmitOneFinalCountPerWindow() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("f1", article("Lindenholm floods", FLOOD), T0.plus(Duration.ofMinutes(10)));
            pipeline.pipe("f2", article("Lindenholm barriers hold", FLOOD_2), T0.plus(Duration.ofMinutes(20)));
            pipeline.pipe("later", article("Comet over Chile", OTHER), T0.plus(Duration.ofHours(3)));
            List<TrendCount> window = firstHour(pipeline);
            assertEquals(1, window.size());
            assertEquals(2, window.get(0).getCount());
            assertEquals(T0.plus(Duration.ofHours(1)), window.get(0).getWindowEnd());
        }
    }

    @Test
    void shouldCountTopicsOfStoryEvents() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("f1", article("Lindenholm floods", FLOOD), T0.plus(Duration.ofMinutes(10)));
            pipeline.pipe("later", article("Comet over Chile", OTHER), T0.plus(Duration.ofHours(3)));
            assertTrue(pipeline.trends.readValuesToList().stream()
                    .anyMatch(t -> t.getKind().equals("TOPIC") && t.getName().equals("disaster") && t.getCount() == 1));
        }
    }

    @Test
    void shouldCountLateArticleWithinGrace() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("f1", article("Lindenholm floods", FLOOD), T0.plus(Duration.ofMinutes(30)));
            pipeline.pipe("other", article("Comet over Chile", OTHER), T0.plus(Duration.ofMinutes(65)));
            pipeline.pipe("late", article("Lindenholm returns home", FLOOD_3), T0.plus(Duration.ofMinutes(20)));
            pipeline.pipe("later", article("Comet seen again", OTHER + " Again."), T0.plus(Duration.ofHours(3)));
            assertEquals(2, firstHour(pipeline).get(0).getCount());
        }
    }

    @Test
    void shouldDropArticleLaterThanGrace() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("f1", article("Lindenholm floods", FLOOD), T0.plus(Duration.ofMinutes(30)));
            pipeline.pipe("other", article("Comet over Chile", OTHER), T0.plus(Duration.ofMinutes(75)));
            pipeline.pipe("late", article("Lindenholm returns home", FLOOD_3), T0.plus(Duration.ofMinutes(20)));
            pipeline.pipe("later", article("Comet seen again", OTHER + " Again."), T0.plus(Duration.ofHours(3)));
            assertEquals(1, firstHour(pipeline).get(0).getCount());
        }
    }
}
