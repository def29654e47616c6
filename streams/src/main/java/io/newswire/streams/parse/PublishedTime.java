package io.newswire.streams.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A publication time only as precise as the article made it: the date always, the instant only when
 * a time of day and a known zone were both stated, the zone text as written.
 */
public record PublishedTime(LocalDate date, Optional<Instant> instant, Optional<String> zone) {
}
