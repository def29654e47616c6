package io.newswire.app.print;

import io.newswire.config.UserFacingException;
import io.newswire.serde.AvroDeserializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows topics as a downstream consumer would: read_committed, values decoded as generic Avro
 * through the registry. Without a group it reads every partition and commits nothing.
 */
public final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, GenericRecord> consumer;
    private final boolean grouped;

    public TopicTail(Map<String, Object> clientProperties, String group) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-subscribe");
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        AvroDeserializer<GenericRecord> values = new AvroDeserializer<>();
        values.configure(props, false);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), values);
        this.grouped = group != null;
    }

    /** Positions the consumer; positions are resolved now so that nothing written afterwards is missed. */
    public TopicTail start(List<String> topics, boolean fromBeginning) {
        if (grouped) {
            consumer.subscribe(topics);
            return this;
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new UserFacingException("Topic '" + topic + "' does not exist on " + "the cluster");
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position);
        return this;
    }

    /**
     * Hands records to the callback until {@code max} records were seen, nothing arrived for
     * {@code idleTimeout} (null = wait forever), or {@link #wakeup()} is called.
     */
    public long follow(Consumer<ConsumerRecord<String, GenericRecord>> callback, long max, Duration idleTimeout) {
        long seen = 0;
        Instant lastRecord = Instant.now();
        try {
            while (seen < max) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, GenericRecord> record : records) {
                    callback.accept(record);
                    lastRecord = Instant.now();
                    if (++seen >= max) {
                        break;
                    }
                }
                if (idleTimeout != null && records.isEmpty() && Instant.now().isAfter(lastRecord.plus(idleTimeout))) {
                    break;
                }
            }
        } catch (WakeupException e) {
            // Asked to stop.
        }
        return seen;
    }

    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
