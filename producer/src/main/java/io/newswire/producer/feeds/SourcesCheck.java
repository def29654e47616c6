package io.newswire.producer.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says of each feed of a sources list whether it answers with a feed, and a fresh one: what a user runs
 * before pointing ingest at hundreds of feeds, since outlets move and retire their feeds without notice.
 */
public final class SourcesCheck {

    /** OK: a feed with a recent entry. STALE: its newest entry is older than the limit. MOVED: it redirects elsewhere (the list should say where). FAILING: no answer or an error status. NOT_A_FEED: an answer that is no RSS or Atom. */
    public enum Verdict { OK, STALE, MOVED, FAILING, NOT_A_FEED }

    /** One feed's verdict and what explains it. */
    public record Result(FeedSource source, Verdict verdict, String detail) {
        public boolean failed() {
            return verdict == Verdict.FAILING || verdict == Verdict.NOT_A_FEED;
        }
    }

    private final WebClient client;
    private final FeedParser parser = new FeedParser();
    private final Clock clock;
    private final Duration staleAfter;

    public SourcesCheck(WebClient client, Clock clock, Duration staleAfter) {
        this.client = client;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Every feed, as politely as a poll round ({@link PoliteFetching}); results in the list's order. */
    public List<Result> check(List<FeedSource> feeds, int parallel, Duration perHostDelay) throws InterruptedException {
        return new ArrayList<>(PoliteFetching.run(feeds, parallel, perHostDelay, this::check, result -> true).values());
    }

    public Result check(FeedSource feed) {
        URI uri;
        try {
            uri = URI.create(feed.url());
        } catch (IllegalArgumentException e) {
            return new Result(feed, Verdict.FAILING, "not a URL: " + e.getMessage());
        }
        WebClient.Response response;
        try {
            response = client.get(uri, Map.of("User-Agent", FeedPoller.USER_AGENT, "Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"));
        } catch (WebClient.FetchException e) {
            return new Result(feed, Verdict.FAILING, e.getMessage());
        }
        if (response.status() != 200) {
            return new Result(feed, Verdict.FAILING, "HTTP " + response.status());
        }
        FeedParser.Feed parsed;
        try {
            parsed = parser.parseFeed(response.body());
        } catch (FeedParser.MalformedFeedException e) {
            return new Result(feed, Verdict.NOT_A_FEED, e.getMessage());
        }
        Optional<Instant> newest = parsed.entries().stream().map(entry -> date(entry.published())).flatMap(Optional::stream)
                .max(Instant::compareTo);
        String summary = parsed.entries().size() + " entries" + newest.map(n -> ", newest " + age(n)).orElse(", none dated");
        if (!response.uri().equals(uri)) {
            return new Result(feed, Verdict.MOVED, "now at " + response.uri() + " (" + summary + ")");
        }
        if (parsed.entries().isEmpty() || newest.map(n -> n.isBefore(clock.instant().minus(staleAfter))).orElse(false)) {
            return new Result(feed, Verdict.STALE, summary);
        }
        return new Result(feed, Verdict.OK, summary);
    }

    private String age(Instant newest) {
        Duration age = Duration.between(newest, clock.instant());
        return age.toDays() > 0 ? age.toDays() + " d ago" : age.toHours() > 0 ? age.toHours() + " h ago" : Math.max(0, age.toMinutes()) + " min ago";
    }

    /** RSS dates are RFC 822 ("Tue, 01 Dec 2026 10:00:00 GMT"), Atom's RFC 3339. */
    static Optional<Instant> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
