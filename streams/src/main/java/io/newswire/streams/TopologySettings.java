package io.newswire.streams;

import io.newswire.config.NewswireConfig;
import io.newswire.streams.parse.ArticleLimits;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the topology needs beyond its topics.
 *
 * @param storyInactivity        a story closes after this long without an article (stream time)
 * @param trendGrace             how late an article may be and still count in its trend windows
 * @param limits                 size and time limits for one article
 * @param ensurePerTopicTopic    creates {@code news.topic.<slug>} if missing; called once per slug per task
 */
public record TopologySettings(Duration storyInactivity, Duration trendGrace, ArticleLimits limits,
                               Consumer<String> ensurePerTopicTopic) {

    public static TopologySettings from(NewswireConfig config, Consumer<String> ensurePerTopicTopic) {
        return new TopologySettings(config.storyInactivity(), config.trendGrace(), ArticleLimits.from(config), ensurePerTopicTopic);
    }

    /** For tests: the default settings, topics assumed to exist. */
    public static TopologySettings defaults() {
        return from(NewswireConfig.defaults(java.util.Map.of()), slug -> { });
    }
}
