package io.newswire.streams.parse;

import java.time.Duration;

/**
 * A per-article time budget. Parsing runs on the stream thread inside a transaction, so one hostile page
 * (deep nesting, huge tables) must give up rather than hold the thread past the transaction timeout.
 * Checked at loop boundaries: cheap enough to call every few hundred elements.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

    private final long deadlineNanos;
    private final Duration budget;

    private Deadline(long deadlineNanos, Duration budget) {
        this.deadlineNanos = deadlineNanos;
        this.budget = budget;
    }

    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** No limit, for offline tools (enrich, evaluation) where a slow page only costs time. */
    public static Deadline none() {
        return NONE;
    }

    /** Throws if the budget is spent; {@code step} says where, for the dead letter's reason. */
    public void check(String step) {
        if (this != NONE && System.nanoTime() - deadlineNanos > 0) {
            throw new ArticleTooSlowException("gave up " + step + ": over the " + budget.toMillis()
                    + " ms parse budget (setting parse.budget.ms)");
        }
    }

    /** Parsing ran out of its time budget. */
    public static final class ArticleTooSlowException extends UnparseableArticleException {
        ArticleTooSlowException(String message) {
            super(message);
        }
    }
}
