package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryMatchTest {

    private static final long DAY = 86_400_000L;
    private static final long T0 = 1_700_000_000_000L;

    private static StoryVector vector(Long datedTime) {
        return StoryVector.of(StoryVectorTest.story(Map.of("kyiv", 1.0, "ukraine", 0.5), Map.of("ceasefire", 1.0, "talks", 0.8), datedTime));
    }

    private static double feature(double[] match, String name) {
        return match[StoryMatch.FEATURES.indexOf(name)];
    }

    @Test
    void shouldGiveOneFeatureValuePerNamedFeature() {
        assertEquals(StoryMatch.FEATURES.size(), StoryMatch.of(vector(null), vector(null)).length);
    }

    @Test
    void shouldTakeAnUndatedSideAsNoTimeEvidence() {
        double[] match = StoryMatch.of(vector(null), vector(T0));
        for (String time : List.of("time_gaussian_30d", "log_days_apart", "dated_entity_cosine", "dated_term_cosine", "time_gaussian_3d", "time_gaussian_10d")) {
            assertEquals(0.0, feature(match, time), 1e-12, time);
        }
        assertEquals(1.0, feature(match, "term_cosine"), 1e-12);
    }

    @Test
    void shouldDampTheCosinesOfStoriesMonthsApart() {
        double[] sameDay = StoryMatch.of(vector(T0), vector(T0));
        double[] monthsApart = StoryMatch.of(vector(T0), vector(T0 + 90 * DAY));
        assertEquals(1.0, feature(sameDay, "dated_entity_cosine"), 1e-12);
        assertTrue(feature(monthsApart, "dated_entity_cosine") < 0.05);
        assertEquals(Math.log1p(90), feature(monthsApart, "log_days_apart"), 1e-9);
        assertTrue(feature(monthsApart, "time_gaussian_3d") < feature(monthsApart, "time_gaussian_30d"));
    }
}
