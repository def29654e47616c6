package io.newswire.streams;

import io.newswire.avro.StoryEvent;
import io.newswire.topics.NewswireTopics;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/** Routes a story event keyed by slug to news.topic.<slug>; a named class so topology.describe() is stable. */
final class PerTopicNames implements TopicNameExtractor<String, StoryEvent> {

    private final NewswireTopics topics;

    PerTopicNames(NewswireTopics topics) {
        this.topics = topics;
    }

    @Override
    public String extract(String slug, StoryEvent event, RecordContext context) {
        return topics.perTopicName(slug);
    }

    @Override
    public String toString() {
        return "PerTopicNames(" + topics.perTopicName("<slug>") + ")";
    }
}
