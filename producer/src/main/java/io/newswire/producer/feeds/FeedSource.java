package io.newswire.producer.feeds;

import java.net.URI;
import java.time.Duration;

/**
 * A feed to poll: a name (the articles' source), its URL, how often to poll it, and whether to fetch
 * the linked page when an entry carries only a summary.
 */
public record FeedSource(String name, String url, Duration interval, boolean fetchFullPages) {

    public FeedSource(String name, String url, Duration interval) {
        this(name, url, interval, false);
    }

    /** A source named after its host, polled every five minutes. */
    public static FeedSource of(String url) {
        String host = URI.create(url).getHost();
        return new FeedSource(host == null ? url : host, url, Duration.ofMinutes(5), false);
    }
}
