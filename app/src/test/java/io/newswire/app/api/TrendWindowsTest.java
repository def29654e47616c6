package io.newswire.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.app.api.Views.TrendWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendWindowsTest {

    @Test
    void shouldCountTheHourEndingLastAmongWindowsCoveringTheNewestMoment() {
        List<TrendWindow> windows = List.of(
                new TrendWindow("2024-06-03T07:00:00Z", "2024-06-03T08:00:00Z", 9), // over before the newest window started
                new TrendWindow("2024-06-03T07:10:00Z", "2024-06-03T08:10:00Z", 7),
                new TrendWindow("2024-06-03T07:55:00Z", "2024-06-03T08:55:00Z", 2),
                new TrendWindow("2024-06-03T08:05:00Z", "2024-06-03T09:05:00Z", 1));

        assertEquals(7, NewsroomQueries.lastHour(windows));
    }

    @Test
    void shouldCountNothingWithoutWindows() {
        assertEquals(0, NewsroomQueries.lastHour(List.of()));
    }
}
