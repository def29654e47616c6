package io.newswire.topics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reading a compacted topic as a table: from the beginning to the current end, latest value per key, tombstones removing. */
public final class CompactedTopics {

    private CompactedTopics() {
    }

    public static <K, V> Map<K, V> readLatest(TypedTopic<K, V> topic, Map<String, Object> clientProperties) {
        Map<K, V> latest = new LinkedHashMap<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(clientProperties, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), record.value());
                    }
                }
            }
        }
        return latest;
    }
}
