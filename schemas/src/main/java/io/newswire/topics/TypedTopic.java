package io.newswire.topics;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/** A topic defined once: its name, how its keys and values are encoded, and how it is created. */
public record TypedTopic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde,
                               int partitions, short replicationFactor, boolean compacted) {

    /** The Admin API request that creates this topic; compacted topics are tables keyed by id. */
    public NewTopic newTopic() {
        return new NewTopic(name, Optional.of(partitions), Optional.of(replicationFactor))
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                        compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));
    }

    @Override
    public String toString() {
        return name;
    }
}
