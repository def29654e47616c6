package io.newswire.producer.feeds;

import io.newswire.avro.RawArticle;
import io.newswire.producer.ArticleIds;
import io.newswire.producer.RawArticlePublisher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * publishes nothing), Retry-After on 429/503, exponential backoff with jitter on errors, timeouts,
 * a body-size cap, gzip, and a User-Agent that says who we are. Entries already published are
 * remembered per source, so neither a re-poll nor a restart publishes them again.
 */
public final class FeedPoller {

    public static final String USER_AGENT = "Newswire/0.1 (+https://github.com/newswire/newswire; feed reader)";
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    /** How a poll went. */
    public enum Outcome { PUBLISHED, NOT_MODIFIED, NOT_DUE, THROTTLED, FAILED }

    /** One poll's result: what happened, how many entries went out, and when the source is due again. */
    public record Result(Outcome outcome, int published, long nextPollAt) {
    }

    private final HttpClient http;
    private final SourceStateStore states;
    private final RawArticlePublisher publisher;
    private final Clock clock;
    private final long maxBodyBytes;
    private final FeedParser parser = new FeedParser();
    private final PageFetcher pages;
    private final Random jitter = new Random();

    public FeedPoller(SourceStateStore states, RawArticlePublisher publisher, Clock clock, long maxBodyBytes) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.states = states;
        this.publisher = publisher;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.pages = new PageFetcher(clock, maxBodyBytes);
    }

    public Result poll(FeedSource source) {
        SourceState state = states.load(source.name());
        long now = clock.millis();
        if (now < state.nextPollAt()) {
            return new Result(Outcome.NOT_DUE, 0, state.nextPollAt());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(source.url())).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        if (state.etag() != null) {
            request.header("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            request.header("If-Modified-Since", state.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return failed(source, state, "fetch failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.FAILED, 0, state.nextPollAt());
        }
        int status = response.statusCode();
        if (status == 304) {
            close(response);
            return save(source, new SourceState(state.etag(), state.lastModified(), state.seen(), now + source.interval().toMillis(), 0),
                    Outcome.NOT_MODIFIED, 0);
        }
        if (status == 429 || status == 503) {
            close(response);
            long wait = retryAfter(response).orElse(backoff(source, state.failures() + 1)).toMillis();
            return save(source, new SourceState(state.etag(), state.lastModified(), state.seen(), now + wait, state.failures() + 1),
                    Outcome.THROTTLED, 0);
        }
        if (status / 100 != 2) {
            close(response);
            return failed(source, state, "HTTP " + status, null);
        }
        byte[] body;
        try {
            body = readCapped(response);
        } catch (IOException e) {
            return failed(source, state, e.getMessage(), null);
        }
        List<FeedEntry> entries;
        try {
            entries = parser.parse(body);
        } catch (FeedParser.MalformedFeedException e) {
            return failed(source, state, e.getMessage(), body);
        }
        Set<String> seen = new HashSet<>(state.seen());
        List<String> fresh = new ArrayList<>();
        for (FeedEntry entry : entries) {
            String id = idOf(entry);
            if (id == null || seen.contains(id) || fresh.contains(id)) {
                continue;
            }
            publisher.publish(fullPage(source, entry, id).orElseGet(() -> toRaw(source, entry, id)), source.url() + "#" + id);
            fresh.add(id);
        }
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        SourceState next = new SourceState(etag, lastModified, state.seen(), now + source.interval().toMillis(), 0).withSeen(fresh);
        return save(source, next, Outcome.PUBLISHED, fresh.size());
    }

    private Result failed(FeedSource source, SourceState state, String reason, byte[] body) {
        publisher.deadLetter(source.url(), reason, null, body);
        int failures = state.failures() + 1;
        long next = clock.millis() + backoff(source, failures).toMillis();
        return save(source, new SourceState(state.etag(), state.lastModified(), state.seen(), next, failures), Outcome.FAILED, 0);
    }

    private Result save(FeedSource source, SourceState state, Outcome outcome, int published) {
        states.save(source.name(), state);
        return new Result(outcome, published, state.nextPollAt());
    }

    /** Doubles with each failure up to an hour, ±20% so that many sources do not retry in step. */
    private Duration backoff(FeedSource source, int failures) {
        long base = Math.min(MAX_BACKOFF.toMillis(), source.interval().toMillis() * (1L << Math.min(failures, 10)));
        return Duration.ofMillis((long) (base * (0.8 + 0.4 * jitter.nextDouble())));
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After");
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

    private byte[] readCapped(HttpResponse<InputStream> response) throws IOException {
        return HttpBodies.readCapped(response, maxBodyBytes);
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Nothing to read.
        }
    }

    /** The feed's own id when it has one (stable across edits), else the canonical link. */
    static String idOf(FeedEntry entry) {
        if (entry.id() != null) {
            return ArticleIds.canonicalUrl(entry.id()).orElse("guid:" + entry.id());
        }
        return entry.link() == null ? null : ArticleIds.canonicalUrl(entry.link()).orElse(entry.link());
    }

    /** The linked page itself, when the source asks for it, the entry has only a summary and robots.txt allows it. */
    private Optional<RawArticle> fullPage(FeedSource source, FeedEntry entry, String id) {
        if (!source.fetchFullPages() || entry.fullContent() || entry.link() == null) {
            return Optional.empty();
        }
        return pages.fetch(entry.link()).map(page -> RawArticle.newBuilder()
                .setId(id)
                .setSource(source.name())
                .setUrl(ArticleIds.canonicalUrl(entry.link()).orElse(null))
                .setContentType("text/html")
                .setCharset(page.charset())
                .setBody(ByteBuffer.wrap(page.body()))
                .setFetchedAt(clock.instant())
                .setMetadata(Map.of("feed", source.url(), "categories", String.join("|", entry.categories()), "full_content", "page"))
                .build());
    }

    /** The entry as a small HTML page, so that the streams parser treats feed items and fetched pages alike. */
    private RawArticle toRaw(FeedSource source, FeedEntry entry, String id) {
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
                .setSource(source.name())
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
