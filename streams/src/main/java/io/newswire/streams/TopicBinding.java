package io.newswire.streams;

import io.newswire.topics.TypedTopic;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** Named DSL sources and sinks from a typed topic, so serdes always travel with the topic. */
public final class TopicBinding {

    private TopicBinding() {
    }

    public static <K, V> Consumed<K, V> consumed(TypedTopic<K, V> topic, String processorName) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName(processorName);
    }

    public static <K, V> Produced<K, V> produced(TypedTopic<K, V> topic, String processorName) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(processorName);
    }
}
