package io.newswire.streams;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the topology needs beyond its topics.
 *
 * @param storyInactivity        a story closes after this long without an article (stream time)
 * @param trendGrace             how late an article may be and still count in its trend windows
 * @param ensurePerTopicTopic    creates {@code news.topic.<slug>} if missing; called once per slug per task
 */
public record TopologySettings(Duration storyInactivity, Duration trendGrace, Consumer<String> ensurePerTopicTopic) {

    /** For tests: 72 h stories, 10 min trend grace, topics assumed to exist. */
    public static TopologySettings defaults() {
        return new TopologySettings(Duration.ofHours(72), Duration.ofMinutes(10), slug -> { });
    }
}
