package io.newswire.producer.feeds;

import io.newswire.producer.ArticleIds;
import io.newswire.producer.RawArticlePublisher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Polls RSS/Atom feeds as a good citizen of the web: conditional GET (ETag, Last-Modified; a 304
 * publishes nothing), Retry-After on 429/503, exponential backoff with jitter on errors, and a
 * User-Agent that says who we are; fetching itself (deadline, size cap, redirects, no internal
 * addresses) is {@link WebClient}'s, when to poll again {@link PollSchedule}'s, and turning an entry into an
 * article {@link EntryArticles}'. Entries already published are remembered per feed URL, so neither a re-poll
 * nor a restart publishes them again.
 */
public final class FeedPoller {

    public static final String USER_AGENT = "Newswire/0.1 (+https://github.com/newswire/newswire; feed reader)";

    /** How a poll went. */
    public enum Outcome { PUBLISHED, NOT_MODIFIED, NOT_DUE, THROTTLED, FAILED }

    /** One poll's result: what happened, how many entries went out, and when the source is due again. */
    public record Result(Outcome outcome, int published, long nextPollAt) {
    }

    private final WebClient web;
    private final SourceStateStore states;
    private final RawArticlePublisher publisher;
    private final Clock clock;
    private final FeedParser parser = new FeedParser();
    private final EntryArticles articles;
    private final PollSchedule schedule;

    public FeedPoller(SourceStateStore states, RawArticlePublisher publisher, Clock clock, WebClient web) {
        this.web = web;
        this.states = states;
        this.publisher = publisher;
        this.clock = clock;
        this.articles = new EntryArticles(clock, new PageFetcher(clock, web));
        this.schedule = new PollSchedule(clock);
    }

    /** Polls when the source is due (the schedule of {@code --follow}). */
    public Result poll(FeedSource source) {
        return poll(source, false);
    }

    /**
     * Polls; with {@code now} true whatever the schedule says, for a one-shot {@code ingest URL}, which is
     * still a conditional GET and publishes only entries not seen before.
     */
    public Result poll(FeedSource source, boolean now) {
        // Keyed by feed URL: two feeds of one host (one source name) must not share validators and seen ids.
        SourceState state = states.load(source.url());
        long at = clock.millis();
        if (!now && at < state.nextPollAt()) {
            return new Result(Outcome.NOT_DUE, 0, state.nextPollAt());
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("User-Agent", USER_AGENT, "Accept-Encoding", "gzip",
                "Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"));
        if (state.etag() != null) {
            headers.put("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            headers.put("If-Modified-Since", state.lastModified());
        }
        WebClient.Response response;
        try {
            response = web.get(URI.create(source.url()), headers);
        } catch (WebClient.FetchException | IllegalArgumentException e) {
            return failed(source, state, "fetch failed: " + e.getMessage(), null);
        }
        int status = response.status();
        if (status == 304) {
            return save(source, new SourceState(state.etag(), state.lastModified(), state.seen(), at + source.interval().toMillis(), 0),
                    Outcome.NOT_MODIFIED, 0);
        }
        if (status == 429 || status == 503) {
            long wait = schedule.retryAfter(response).orElse(schedule.backoff(source, state.failures() + 1)).toMillis();
            return save(source, new SourceState(state.etag(), state.lastModified(), state.seen(), at + wait, state.failures() + 1),
                    Outcome.THROTTLED, 0);
        }
        if (status / 100 != 2) {
            return failed(source, state, "HTTP " + status, null);
        }
        FeedParser.Feed feed;
        try {
            feed = parser.parseFeed(response.body());
        } catch (FeedParser.MalformedFeedException e) {
            return failed(source, state, e.getMessage(), response.body());
        }
        String name = source.name() != null ? source.name() : feed.title() != null ? feed.title() : URI.create(source.url()).getHost();
        Set<String> seen = new HashSet<>(state.seen());
        List<String> fresh = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            String id = idOf(entry);
            if (seen.contains(id) || fresh.contains(id)) {
                continue;
            }
            String origin = source.url() + "#" + id;
            try {
                publisher.publish(articles.toArticle(source, name, entry, id), origin);
            } catch (RuntimeException e) {
                // One bad entry is that entry's dead letter, never the end of the source.
                publisher.deadLetter(origin, "feed entry could not be turned into an article: " + e.getMessage(), e, null);
            }
            fresh.add(id);
        }
        SourceState next = new SourceState(response.header("ETag"), response.header("Last-Modified"), state.seen(),
                at + source.interval().toMillis(), 0).withSeen(fresh, feed.entries().size());
        return save(source, next, Outcome.PUBLISHED, fresh.size());
    }

    private Result failed(FeedSource source, SourceState state, String reason, byte[] body) {
        publisher.deadLetter(source.url(), reason, null, body);
        int failures = state.failures() + 1;
        long next = clock.millis() + schedule.backoff(source, failures).toMillis();
        return save(source, new SourceState(state.etag(), state.lastModified(), state.seen(), next, failures), Outcome.FAILED, 0);
    }

    private Result save(FeedSource source, SourceState state, Outcome outcome, int published) {
        states.save(source.url(), state);
        return new Result(outcome, published, state.nextPollAt());
    }

    /** The feed's own id when it has one (stable across edits), else the canonical link, else a hash of the content. */
    static String idOf(FeedEntry entry) {
        if (entry.id() != null && !entry.id().isBlank()) {
            return ArticleIds.canonicalUrl(entry.id()).orElse("guid:" + entry.id());
        }
        if (entry.link() != null && !entry.link().isBlank()) {
            return ArticleIds.canonicalUrl(entry.link()).orElse(entry.link());
        }
        return ArticleIds.of(Optional.empty(), (entry.title() == null ? "" : entry.title()) + "\n\n" + (entry.content() == null ? "" : entry.content()));
    }
}
