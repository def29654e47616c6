package io.newswire.producer.feeds;

import io.newswire.avro.RawArticle;
import io.newswire.producer.ArticleIds;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.raw.RawArticleMetadata;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Polls RSS/Atom feeds as a good citizen of the web: conditional GET (ETag, Last-Modified; a 304
 * publishes nothing), Retry-After on 429/503, exponential backoff with jitter on errors, and a
 * User-Agent that says who we are; fetching itself (deadline, size cap, redirects, no internal
 * addresses) is {@link WebClient}'s. Entries already published are remembered per feed URL, so
 * neither a re-poll nor a restart publishes them again; an entry that is only a teaser is replaced by
 * its linked page where robots.txt allows.
 */
public final class FeedPoller {

    public static final String USER_AGENT = "Newswire/0.1 (+https://github.com/newswire/newswire; feed reader)";
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** Entry text shorter than this (about three sentences) is a teaser for the linked page. */
    static final int SUMMARY_CHARS = 400;

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
    private final PageFetcher pages;
    private final Random jitter = new Random();

    public FeedPoller(SourceStateStore states, RawArticlePublisher publisher, Clock clock, WebClient web) {
        this.web = web;
        this.states = states;
        this.publisher = publisher;
        this.clock = clock;
        this.pages = new PageFetcher(clock, web);
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
            long wait = retryAfter(response).orElse(backoff(source, state.failures() + 1)).toMillis();
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
                publisher.publish(fullPage(source, name, entry, id).orElseGet(() -> toRaw(source, name, entry, id)), origin);
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
        long next = clock.millis() + backoff(source, failures).toMillis();
        return save(source, new SourceState(state.etag(), state.lastModified(), state.seen(), next, failures), Outcome.FAILED, 0);
    }

    private Result save(FeedSource source, SourceState state, Outcome outcome, int published) {
        states.save(source.url(), state);
        return new Result(outcome, published, state.nextPollAt());
    }

    /** Doubles with each failure up to an hour, ±20% so that many sources do not retry in step. */
    private Duration backoff(FeedSource source, int failures) {
        long base = Math.min(MAX_BACKOFF.toMillis(), source.interval().toMillis() * (1L << Math.min(failures, 10)));
        return Duration.ofMillis((long) (base * (0.8 + 0.4 * jitter.nextDouble())));
    }

    private static Optional<Duration> retryAfter(WebClient.Response response) {
        Optional<String> value = Optional.ofNullable(response.header("Retry-After"));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.get().trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.get().trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(java.time.Instant.now(), at.toInstant()));
            } catch (RuntimeException unparseable) {
                return Optional.empty();
            }
        }
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

    /** Only a teaser: the linked page holds the article (fewer than ~3 sentences, or cut off with an ellipsis). */
    static boolean isSummary(FeedEntry entry) {
        String text = entry.content() == null ? "" : entry.content().replaceAll("<[^>]*>", " ").strip();
        return text.length() < SUMMARY_CHARS || text.endsWith("…") || text.endsWith("...") || text.endsWith("[…]");
    }

    /** The linked page itself, when the source allows it, the entry is only a summary and robots.txt allows it. */
    private Optional<RawArticle> fullPage(FeedSource source, String name, FeedEntry entry, String id) {
        if (!source.fetchFullPages() || entry.link() == null || !isSummary(entry)) {
            return Optional.empty();
        }
        return pages.fetch(entry.link()).map(page -> RawArticle.newBuilder()
                .setId(id)
                .setSource(name)
                .setUrl(ArticleIds.canonicalUrl(entry.link()).orElse(null))
                .setContentType("text/html")
                .setCharset(page.charset())
                .setBody(ByteBuffer.wrap(page.body()))
                .setFetchedAt(clock.instant())
                .setMetadata(pageMetadata(source, entry))
                .build());
    }

    /**
     * What the feed says about a fetched page: its own published time and authors win over the page's
     * (a page's markup often carries the site's defaults, the feed the item's own values).
     */
    private static Map<String, String> pageMetadata(FeedSource source, FeedEntry entry) {
        Map<String, String> metadata = new java.util.HashMap<>(Map.of("feed", source.url(),
                "categories", String.join("|", entry.categories()), "full_content", "page"));
        if (entry.published() != null && !entry.published().isBlank()) {
            metadata.put(RawArticleMetadata.FEED_PUBLISHED, entry.published());
        }
        if (!entry.authors().isEmpty()) {
            metadata.put(RawArticleMetadata.FEED_AUTHORS, String.join(RawArticleMetadata.LIST_SEPARATOR, entry.authors()));
        }
        return metadata;
    }

    /** The entry as a small HTML page, so that the streams parser treats feed items and fetched pages alike. */
    private RawArticle toRaw(FeedSource source, String name, FeedEntry entry, String id) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\">");
        html.append("<meta property=\"og:title\" content=\"").append(escape(entry.title() == null ? "" : entry.title())).append("\">");
        if (entry.published() != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(escape(entry.published())).append("\">");
        }
        for (String author : entry.authors()) {
            html.append("<meta name=\"author\" content=\"").append(escape(author)).append("\">");
        }
        html.append("</head><body><article>").append(entry.content() == null ? "" : wrapText(entry.content())).append("</article></body></html>");
        return RawArticle.newBuilder()
                .setId(id)
                .setSource(name)
                .setUrl(entry.link() == null ? null : ArticleIds.canonicalUrl(entry.link()).orElse(null))
                .setContentType("text/html")
                .setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(html.toString().getBytes(StandardCharsets.UTF_8)))
                .setFetchedAt(clock.instant())
                .setMetadata(Map.of("feed", source.url(), "categories", String.join("|", entry.categories()),
                        "full_content", String.valueOf(entry.fullContent())))
                .build();
    }

    /** Plain-text summaries get paragraph tags so the extractor sees paragraphs. */
    private static String wrapText(String content) {
        if (content.contains("<")) {
            return content;
        }
        StringBuilder sb = new StringBuilder();
        for (String paragraph : content.split("\\n\\s*\\n")) {
            sb.append("<p>").append(escape(paragraph.strip())).append("</p>");
        }
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
