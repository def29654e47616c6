package io.newswire.producer.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches the article page behind a feed entry that carries only a summary: robots.txt first
 * (cached per host for an hour), then the page with the same manners as the feed poller.
 */
public final class PageFetcher {

    /** A fetched page: its bytes and the charset the server declared, if any. */
    public record Page(byte[] body, String charset) {
    }

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([a-z0-9_\\-:.]+)");
    private static final long ROBOTS_TTL = Duration.ofHours(1).toMillis();

    private record CachedRobots(RobotsTxt robots, long fetchedAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long maxBodyBytes;

    public PageFetcher(Clock clock, long maxBodyBytes) {
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The page, or empty when robots.txt forbids it or the fetch fails; the caller falls back to the summary. */
    public Optional<Page> fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || !robotsFor(uri).allows(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())) {
            return Optional.empty();
        }
        try {
            HttpResponse<InputStream> response = http.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 != 2) {
                response.body().close();
                return Optional.empty();
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            Matcher m = CHARSET.matcher(contentType);
            return Optional.of(new Page(read(response), m.find() ? m.group(1) : null));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private RobotsTxt robotsFor(URI page) {
        String origin = page.getScheme() + "://" + page.getRawAuthority();
        CachedRobots cached = robots.get(origin);
        if (cached != null && clock.millis() - cached.fetchedAt() < ROBOTS_TTL) {
            return cached.robots();
        }
        RobotsTxt rules;
        try {
            HttpResponse<InputStream> response = http.send(request(URI.create(origin + "/robots.txt")), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            byte[] body = read(response);
            // RFC 9309: a missing robots.txt allows everything; an unreachable one (5xx) disallows for now.
            rules = status / 100 == 2 ? RobotsTxt.parse(new String(body, StandardCharsets.UTF_8), FeedPoller.USER_AGENT)
                    : status / 100 == 4 ? RobotsTxt.allowAll() : RobotsTxt.parse("User-agent: *\nDisallow: /", FeedPoller.USER_AGENT);
        } catch (IOException e) {
            rules = RobotsTxt.parse("User-agent: *\nDisallow: /", FeedPoller.USER_AGENT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rules = RobotsTxt.parse("User-agent: *\nDisallow: /", FeedPoller.USER_AGENT);
        }
        robots.put(origin, new CachedRobots(rules, clock.millis()));
        return rules;
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", FeedPoller.USER_AGENT)
                .header("Accept-Encoding", "gzip").GET().build();
    }

    private byte[] read(HttpResponse<InputStream> response) throws IOException {
        return HttpBodies.readCapped(response, maxBodyBytes);
    }
}
