package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventTimeTest {

    private static final Instant FETCHED = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void shouldUseAStatedPublishedInstant() {
        Instant published = Instant.parse("2026-11-20T08:30:00Z");
        assertEquals(published, EventTime.published(published, LocalDate.of(2026, 11, 20), FETCHED));
    }

    @Test
    void shouldReadADateWithoutTimeAsNoonUtc() {
        assertEquals(Instant.parse("2013-08-02T12:00:00Z"), EventTime.published(null, LocalDate.of(2013, 8, 2), FETCHED));
    }

    @Test
    void shouldRefuseATimeAfterTheFetch() {
        assertNull(EventTime.published(Instant.parse("2026-11-23T10:00:00Z"), null, FETCHED));
    }

    @Test
    void shouldRefuseAnAbsurdlyOldDate() {
        assertNull(EventTime.published(null, LocalDate.of(1, 1, 1), FETCHED));
    }
}
