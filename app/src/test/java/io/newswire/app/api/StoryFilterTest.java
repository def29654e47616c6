package io.newswire.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.api.Views.EntityRef;
import io.newswire.app.api.Views.StorySummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryFilterTest {

    private static StorySummary story(String status, String trendingAt, String mergedInto) {
        return new StorySummary("s1", "Floods in Lindenholm", status, "en", List.of("disaster"), List.of("wire"), 1, 2, 1.0,
                "2024-06-03T08:00:00Z", "2024-06-03T08:00:00Z", "2024-06-03T08:00:00Z", "CREATED", trendingAt, mergedInto,
                List.of("disaster"), List.of("evacuation"), List.of(new EntityRef("clara-vennstrom", "Clara Vennstrom", "PERSON", 0.5, null, null, null),
                        new EntityRef("lindenholm", "Lindenholm", "LOCATION", 0.4, "DE", 52.52, 13.41)),
                List.of(), List.of(), "storyline-7", null);
    }

    @Test
    void shouldKeepOnlyTheStoriesOfTheStorylineAsked() {
        StorySummary story = story("ACTIVE", null, null);
        assertTrue(StoryFilter.of(null, null, null, null, null).withStoryline("storyline-7").matches(story));
        assertFalse(StoryFilter.of(null, null, null, null, null).withStoryline("storyline-8").matches(story));
        assertTrue(StoryFilter.of(null, null, null, null, null).withStoryline(" ").matches(story));
    }

    @Test
    void shouldMatchTopicStatusEntityAndText() {
        StorySummary story = story("ACTIVE", null, null);

        assertTrue(StoryFilter.of("disaster", "active", "VENNSTROM", "clara-vennstrom", null).matches(story));
        assertTrue(StoryFilter.of(null, null, "evacuation", null, null).matches(story));
        assertFalse(StoryFilter.of("sport", null, null, null, null).matches(story));
        assertFalse(StoryFilter.of(null, "CLOSED", null, null, null).matches(story));
        assertFalse(StoryFilter.of(null, null, null, "someone-else", null).matches(story));
    }

    @Test
    void shouldMatchAPersonAskedForInAnotherLanguagesSpellingOfTheName() {
        StorySummary story = story("ACTIVE", null, null);
        assertTrue(StoryFilter.of(null, null, null, "klara-wennstrom", null).matches(story));
        assertFalse(StoryFilter.of(null, null, null, "klara-wennberg", null).matches(story));
    }

    @Test
    void shouldTreatTrendingAsStoriesThatHaveTrended() {
        assertTrue(StoryFilter.of(null, "TRENDING", null, null, null).matches(story("ACTIVE", "2024-06-03T09:00:00Z", null)));
        assertFalse(StoryFilter.of(null, "TRENDING", null, null, null).matches(story("ACTIVE", null, null)));
    }

    @Test
    void shouldLeaveOutStoriesMergedIntoAnother() {
        assertFalse(StoryFilter.of(null, null, null, null, null).matches(story("CLOSED", null, "s2")));
    }

    @Test
    void shouldRejectBadLimitsAndStatusesWithAMessage() {
        assertEquals("limit must be from 1 to 500, not 0", assertThrows(IllegalArgumentException.class,
                () -> StoryFilter.of(null, null, null, null, "0")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StoryFilter.of(null, null, null, null, "many"));
        assertThrows(IllegalArgumentException.class, () -> StoryFilter.of(null, "BREAKING", null, null, null));
    }

    @Test
    void shouldKeepStoriesWithAPlaceOfTheCountry() {
        StorySummary story = story("ACTIVE", null, null);
        assertTrue(StoryFilter.of(null, null, null, null, null).withCountry("de").matches(story));
        assertFalse(StoryFilter.of(null, null, null, null, null).withCountry("FR").matches(story));
        assertThrows(IllegalArgumentException.class, () -> StoryFilter.of(null, null, null, null, null).withCountry("Germany"));
    }

    @Test
    void shouldKeepStoriesWithAPlaceWithinTheDistance() {
        StorySummary story = story("ACTIVE", null, null);
        // Potsdam is about 27 km from Berlin, Hamburg about 255 km.
        assertTrue(StoryFilter.of(null, null, null, null, null).withNear("52.39,13.06,50").matches(story));
        assertFalse(StoryFilter.of(null, null, null, null, null).withNear("53.55,9.99,100").matches(story));
        assertThrows(IllegalArgumentException.class, () -> StoryFilter.of(null, null, null, null, null).withNear("Berlin"));
        assertThrows(IllegalArgumentException.class, () -> StoryFilter.of(null, null, null, null, null).withNear("95,13,10"));
    }
}
