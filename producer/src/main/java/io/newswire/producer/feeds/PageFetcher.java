package io.newswire.producer.feeds;

import java.net.URI;
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

    private final WebClient web;
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final Clock clock;

    public PageFetcher(Clock clock, WebClient web) {
        this.clock = clock;
        this.web = web;
    }

    /** The page, or empty when robots.txt forbids it or the fetch fails or is refused; the caller falls back to the summary. */
    public Optional<Page> fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // An internal or non-http address is refused by WebClient already at robots.txt, which then reads as "disallow".
        if (uri.getHost() == null || !robotsFor(uri).allows(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())) {
            return Optional.empty();
        }
        try {
            WebClient.Response response = web.get(uri, HEADERS);
            if (response.status() / 100 != 2) {
                return Optional.empty();
            }
            Matcher m = CHARSET.matcher(Optional.ofNullable(response.header("Content-Type")).orElse(""));
            return Optional.of(new Page(response.body(), m.find() ? m.group(1) : null));
        } catch (WebClient.FetchException e) {
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
            WebClient.Response response = web.get(URI.create(origin + "/robots.txt"), HEADERS);
            int status = response.status();
            // RFC 9309: a missing robots.txt allows everything; an unreachable one (5xx) disallows for now.
            rules = status / 100 == 2 ? RobotsTxt.parse(new String(response.body(), StandardCharsets.UTF_8), FeedPoller.USER_AGENT)
                    : status / 100 == 4 ? RobotsTxt.allowAll() : RobotsTxt.parse("User-agent: *\nDisallow: /", FeedPoller.USER_AGENT);
        } catch (WebClient.FetchException e) {
            rules = RobotsTxt.parse("User-agent: *\nDisallow: /", FeedPoller.USER_AGENT);
        }
        robots.put(origin, new CachedRobots(rules, clock.millis()));
        return rules;
    }

    private static final Map<String, String> HEADERS = Map.of("User-Agent", FeedPoller.USER_AGENT, "Accept-Encoding", "gzip");
}
