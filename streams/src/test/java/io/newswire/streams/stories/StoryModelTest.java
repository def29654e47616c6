package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.config.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryModelTest {

    @TempDir
    Path dir;

    private static double[] weights(double first) {
        double[] w = new double[StoryMatch.FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = first + i / 8.0;
        }
        return w;
    }

    @Test
    void shouldReadTheModelItWrote() throws Exception {
        StoryModel model = new StoryModel(weights(0.25), weights(-1), 0.55);
        Path file = dir.resolve("model.tsv");
        model.write(file, List.of("a test model"));
        StoryModel read = StoryModel.read(file);
        double[] match = weights(0.1);
        assertEquals(model.rank(match), read.rank(match), 1e-6);
        assertEquals(model.join(match), read.join(match), 1e-6);
        assertEquals(0.55, read.threshold(), 1e-9);
    }

    @Test
    void shouldRefuseAModelMissingAFeaturesWeight() throws Exception {
        Path file = dir.resolve("model.tsv");
        new StoryModel(weights(0), weights(0), 0.5).write(file, List.of());
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 1));
        UserFacingException e = assertThrows(UserFacingException.class, () -> StoryModel.read(file));
        assertTrue(e.getMessage().contains("no join weight for " + StoryMatch.FEATURES.get(StoryMatch.FEATURES.size() - 1)), e.getMessage());
    }

    @Test
    void shouldRefuseAModelWithoutAJoinThreshold() throws Exception {
        Path file = dir.resolve("model.tsv");
        new StoryModel(weights(0), weights(0), 0.5).write(file, List.of());
        Files.write(file, Files.readAllLines(file).stream().filter(l -> !l.startsWith("decide")).toList());
        assertThrows(UserFacingException.class, () -> StoryModel.read(file));
    }

    @Test
    void shouldShipAModelThatJoinsAnArticleToItsOwnEventsStory() {
        StoryModel shipped = StoryModel.shipped();
        StoryVector story = StoryVector.of(StoryVectorTest.story(Map.of("kyiv", 1.0, "ukraine", 0.5), Map.of("ceasefire", 1.0, "talks", 0.8), null));
        double[] same = StoryMatch.of(story, story);
        double[] unrelated = new double[StoryMatch.FEATURES.size()];
        unrelated[0] = 1;
        assertTrue(shipped.joins(shipped.join(same)));
        assertTrue(!shipped.joins(shipped.join(unrelated)));
        assertTrue(shipped.rank(same) > shipped.rank(unrelated));
    }
}
