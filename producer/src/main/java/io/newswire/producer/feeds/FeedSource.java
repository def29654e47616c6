package io.newswire.producer.feeds;

import java.net.URI;
import java.time.Duration;

/** A feed to poll: a name (the articles' source), its URL and how often to poll it. */
public record FeedSource(String name, String url, Duration interval) {

    /** A source named after its host, polled every five minutes. */
    public static FeedSource of(String url) {
        String host = URI.create(url).getHost();
        return new FeedSource(host == null ? url : host, url, Duration.ofMinutes(5));
    }
}
