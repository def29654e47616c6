package io.newswire.streams.parse;

import io.newswire.avro.Article;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time an article is about, for clustering, story times and trends: its published time when it
 * states one and that time is plausible, else the time it was fetched. Plausible means not after the
 * fetch (with a day of slack for zones and date-only values) and not more than {@link #MAX_AGE} before
 * it: an archive back-fill keeps its real dates, while typos such as year 0000 fall back to the fetch.
 * A published date without a time of day counts as noon UTC, at most half a day from any zone's
 * reading of it.
 */
public final class EventTime {

    static final Duration FUTURE_SLACK = Duration.ofDays(1);
    static final Duration MAX_AGE = Duration.ofDays(50 * 365);

    private EventTime() {
    }

    /** Whether a stated date is worth keeping on the article at all: from 1800 to a year after the fetch. */
    public static boolean keepable(LocalDate date, Instant fetchedAt) {
        return date.getYear() >= 1800 && !date.isAfter(fetchedAt.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1));
    }

    /** The article's event time as the parser set it; the fetch time for a record written without one. */
    public static Instant of(Article article) {
        return article.getEventTime() != null ? article.getEventTime() : article.getIngestedAt();
    }

    /** The published instant if plausible, else null (the caller falls back to the fetch time). */
    public static Instant published(Instant publishedAt, LocalDate publishedDate, Instant fetchedAt) {
        Instant stated = publishedAt != null ? publishedAt
                : publishedDate == null ? null : publishedDate.atTime(12, 0).toInstant(ZoneOffset.UTC);
        if (stated == null || stated.isAfter(fetchedAt.plus(FUTURE_SLACK)) || stated.isBefore(fetchedAt.minus(MAX_AGE))) {
            return null;
        }
        return stated;
    }
}
