package io.newswire.streams.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StackGuardTest {

    @Test
    void shouldTurnAStackOverflowIntoAnExceptionTheDeadLetterHandlerTakes() {
        StackGuard.StackOverflowedException e = assertThrows(StackGuard.StackOverflowedException.class,
                () -> StackGuard.call("parsing", () -> depth(0)));
        assertEquals("parsing overflowed the thread's stack on this input", e.getMessage());
        assertTrue(e.getCause() instanceof StackOverflowError);
    }

    @Test
    void shouldReturnWhatTheWorkReturns() {
        assertEquals("read", StackGuard.call("parsing", () -> "read"));
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }
}
