package io.newswire.producer.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Random;

/** When a source is polled again after a failure or a throttle: exponential backoff with jitter, or the server's Retry-After. */
final class PollSchedule {

    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Clock clock;
    private final Random jitter = new Random();

    PollSchedule(Clock clock) {
        this.clock = clock;
    }

    /** Doubles with each failure up to an hour, ±20% so that many sources do not retry in step. */
    Duration backoff(FeedSource source, int failures) {
        long base = Math.min(MAX_BACKOFF.toMillis(), source.interval().toMillis() * (1L << Math.min(failures, 10)));
        return Duration.ofMillis((long) (base * (0.8 + 0.4 * jitter.nextDouble())));
    }

    /** A Retry-After header in seconds or as an HTTP date, as a wait from now. */
    Optional<Duration> retryAfter(WebClient.Response response) {
        Optional<String> value = Optional.ofNullable(response.header("Retry-After"));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.get().trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.get().trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(clock.instant(), at.toInstant()));
            } catch (RuntimeException unparseable) {
                return Optional.empty();
            }
        }
    }
}
