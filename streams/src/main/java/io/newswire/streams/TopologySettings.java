package io.newswire.streams;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the topology needs beyond its topics.
 *
 * @param storyInactivity        a story closes after this long without an article (stream time)
 * @param ensurePerTopicTopic    creates {@code news.topic.<slug>} if missing; called once per slug per task
 */
public record TopologySettings(Duration storyInactivity, Consumer<String> ensurePerTopicTopic) {

    /** For tests: 72 h stories, topics assumed to exist. */
    public static TopologySettings defaults() {
        return new TopologySettings(Duration.ofHours(72), slug -> { });
    }
}
