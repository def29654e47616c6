package io.newswire.streams.errors;

import java.util.function.Supplier;

/**
 * Runs one record's work so that a stack overflow costs that record a dead letter, not the stream thread.
 * Kafka's processing-exception handler sees only {@link Exception}s: an {@link Error} thrown by a recursive
 * library (a regular expression or an HTML reader on hostile input) kills the thread, Kafka replaces it and the
 * record is read again, first on its partition, again and again. By the time the overflow reaches this frame
 * the stack has unwound, so going on is safe; other {@code Error}s (out of memory) still stop the thread.
 */
public final class StackGuard {

    private StackGuard() {
    }

    public static <T> T call(String work, Supplier<T> task) {
        try {
            return task.get();
        } catch (StackOverflowError e) {
            throw new StackOverflowedException(work + " overflowed the thread's stack on this input", e);
        }
    }

    /** The record that overflowed the stack, as an exception the dead-letter handler takes. */
    public static final class StackOverflowedException extends RuntimeException {
        StackOverflowedException(String message, StackOverflowError cause) {
            super(message, cause);
        }
    }
}
