package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TwoClocksTest {

    private static final long T0 = 1_700_000_000_000L;
    private static final long MINUTE = 60_000;

    @Test
    void shouldBeDueOnceEventTimeMovesOnByTheInterval() {
        TwoClocks clocks = new TwoClocks(Duration.ofMinutes(10), T0, T0);
        assertFalse(clocks.advance(T0 + 9 * MINUTE, T0));
        assertTrue(clocks.advance(T0 + 10 * MINUTE, T0));
        assertFalse(clocks.advance(T0 + 11 * MINUTE, T0));
    }

    @Test
    void shouldBeDueOnceArrivalTimeMovesOnWhileEventTimeStandsStill() {
        // A feed re-publishing old articles: their own times stay behind, records keep arriving.
        TwoClocks clocks = new TwoClocks(Duration.ofMinutes(10), T0, T0);
        assertFalse(clocks.advance(T0 - 60 * MINUTE, T0 + 5 * MINUTE));
        assertTrue(clocks.advance(T0 - 60 * MINUTE, T0 + 10 * MINUTE));
    }

    @Test
    void shouldNeverGoBackInTime() {
        TwoClocks clocks = new TwoClocks(Duration.ofMinutes(10), T0, T0);
        clocks.advance(T0 - 5 * MINUTE, T0 - 5 * MINUTE);
        assertEquals(T0, clocks.eventTime());
        assertEquals(T0, clocks.arrivalTime());
    }

    @Test
    void shouldStartCountingFromTheFirstArticleOfANewTask() {
        TwoClocks clocks = new TwoClocks(Duration.ofMinutes(10), Long.MIN_VALUE, Long.MIN_VALUE);
        assertFalse(clocks.advance(T0, T0));
        assertFalse(clocks.advance(T0 + 9 * MINUTE, T0 + 9 * MINUTE));
        assertTrue(clocks.advance(T0 + 10 * MINUTE, T0 + 10 * MINUTE));
    }
}
