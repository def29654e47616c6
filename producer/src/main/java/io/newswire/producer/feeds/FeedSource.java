package io.newswire.producer.feeds;

import java.net.URI;
import java.time.Duration;

/**
 * A feed to poll: a name (the articles' source; null to take the feed's own title, else its host),
 * its URL, how often to poll it, and whether to fetch the linked page when an entry is only a teaser.
 */
public record FeedSource(String name, String url, Duration interval, boolean fetchFullPages) {

    public FeedSource(String name, String url, Duration interval) {
        this(name, url, interval, false);
    }

    /** A source named by the feed itself (its title, else its host), polled every five minutes, teasers replaced by their pages. */
    public static FeedSource of(String url) {
        URI.create(url);
        return new FeedSource(null, url, Duration.ofMinutes(5), true);
    }
}
