package io.newswire.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventPositionsTest {

    @Test
    void shouldReadBackTheIdItWrites() {
        EventPositions positions = new EventPositions(Map.of()).after(2, 3).after(0, 14).after(1, 6);

        assertEquals("0:15,1:7,2:4", positions.toString());
        assertEquals(positions.nextOffsets(), EventPositions.parse(positions.toString()).nextOffsets());
    }

    @Test
    void shouldStartFromNowWithoutAnId() {
        assertTrue(EventPositions.parse(null).isEmpty());
        assertTrue(EventPositions.parse(" ").isEmpty());
    }

    @Test
    void shouldRejectAnIdThatIsNotPositions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventPositions.parse("story-1:3"));
        assertTrue(e.getMessage().contains("partition:offset"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventPositions.parse("0:-1"));
        assertThrows(IllegalArgumentException.class, () -> EventPositions.parse("7"));
    }
}
