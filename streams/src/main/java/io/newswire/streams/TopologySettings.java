package io.newswire.streams;

import io.newswire.config.NewswireConfig;
import io.newswire.streams.parse.ArticleLimits;
import io.newswire.streams.stories.StoryModel;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the topology needs beyond its topics.
 *
 * @param storyInactivity        a story closes after this long without an article (stream time)
 * @param storyModel             which story an article joins
 * @param trendGrace             how late an article may be and still count in its trend windows
 * @param limits                 size and time limits for one article
 * @param requestPerTopicTopic   asks for {@code news.topic.<slug>} to be created if missing, without waiting (it runs on
 *                               the stream thread); called once per slug per task
 */
public record TopologySettings(Duration storyInactivity, StoryModel storyModel, Duration trendGrace, ArticleLimits limits,
                               Consumer<String> requestPerTopicTopic) {

    public static TopologySettings from(NewswireConfig config, Consumer<String> requestPerTopicTopic) {
        return new TopologySettings(config.storyInactivity(), StoryModel.at(config.storyModelPath()), config.trendGrace(), ArticleLimits.from(config), requestPerTopicTopic);
    }

    /** For tests: the default settings, topics assumed to exist. */
    public static TopologySettings defaults() {
        return from(NewswireConfig.defaults(java.util.Map.of()), slug -> { });
    }
}
