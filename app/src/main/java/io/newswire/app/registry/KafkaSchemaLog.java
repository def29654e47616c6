package io.newswire.app.registry;

import io.newswire.config.UserFacingException;
import io.newswire.topics.TypedTopic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Keeps registry changes in a compacted, single-partition topic (like Confluent's {@code _schemas}),
 * so schema ids survive restarts. Assumes one writing registry instance, which is what the local default runs.
 */
public final class KafkaSchemaLog implements SchemaLog {

    private final TypedTopic<String, String> topic;
    private final Map<String, Object> clientProperties;
    private final KafkaProducer<String, String> producer;

    public KafkaSchemaLog(TypedTopic<String, String> topic, Map<String, Object> clientProperties) {
        this.topic = topic;
        this.clientProperties = clientProperties;
        createTopicIfMissing();
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private void createTopicIfMissing() {
        try (Admin admin = Admin.create(clientProperties)) {
            admin.createTopics(List.of(topic.newTopic())).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new UserFacingException("Cannot create registry topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted creating " + topic, e);
        } catch (TimeoutException e) {
            throw new UserFacingException("Timed out creating registry topic " + topic, e);
        }
    }

    @Override
    public void replay(BiConsumer<String, String> apply) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        TopicPartition partition = new TopicPartition(topic.name(), 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        apply.accept(record.key(), record.value());
                    }
                }
            }
        }
    }

    @Override
    public void append(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), 0, key, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new UserFacingException("Could not persist registry change to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted persisting registry change", e);
        } catch (TimeoutException e) {
            throw new UserFacingException("Timed out persisting registry change to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
