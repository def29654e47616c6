package io.newswire.app.sink;

import io.newswire.app.print.AvroJson;
import io.newswire.avro.DeadLetter;
import io.newswire.errors.DeadLetters;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.serde.AvroDeserializer;
import io.newswire.topics.TypedTopic;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Delivers every story event of a topic to a webhook, at least once: an event's offset is committed
 * only after the webhook took it or, once its retries ran out, after its dead letter (stage
 * {@code webhook}, with the reason and the JSON that was refused) is on the dead-letter topic. A
 * restarted sink resumes at the first event not yet settled; nothing is lost and nothing skipped.
 */
public final class WebhookSink implements AutoCloseable {

    private final KafkaConsumer<String, GenericRecord> consumer;
    private final KafkaProducer<String, DeadLetter> deadLetters;
    private final TypedTopic<String, DeadLetter> dlq;
    private final WebhookDelivery delivery;
    private final Clock clock;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    public WebhookSink(Map<String, Object> clientProperties, String group, boolean fromBeginning, TypedTopic<String, DeadLetter> dlq,
                       WebhookDelivery delivery, Clock clock) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        // A webhook may be slow and retried for minutes: polls come only between deliveries.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(30).toMillis());
        AvroDeserializer<GenericRecord> values = new AvroDeserializer<>();
        values.configure(props, false);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), values);
        // The same reliable producer settings as ingest's dead letters: acks=all, idempotent.
        this.deadLetters = new KafkaProducer<>(RawArticlePublisher.producerProperties(clientProperties, "newswire-webhook-dlq"),
                new StringSerializer(), dlq.valueSerde().serializer());
        this.dlq = dlq;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Delivers until {@link #wakeup()}; returns normally then. */
    public void run(String topic) throws InterruptedException {
        consumer.subscribe(List.of(topic));
        try {
            while (true) {
                for (ConsumerRecord<String, GenericRecord> record : consumer.poll(Duration.ofSeconds(1))) {
                    settle(record);
                    consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        } catch (WakeupException stopping) {
            // Ctrl-C: the last settled event's offset is committed; the next run resumes after it.
        }
    }

    private void settle(ConsumerRecord<String, GenericRecord> record) throws InterruptedException {
        if (record.value() == null) {
            return;
        }
        String json = AvroJson.toJson(record.value(), record.value().getSchema()).toString();
        Object eventId = record.value().get("event_id");
        String id = eventId == null ? record.topic() + "-" + record.partition() + "@" + record.offset() : eventId.toString();
        WebhookDelivery.Outcome outcome = delivery.deliver(id, json);
        if (outcome.delivered()) {
            delivered.incrementAndGet();
            return;
        }
        DeadLetter letter = DeadLetters.letter("webhook", outcome.reason(), clock.instant(),
                        record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8))
                .setTopic(record.topic()).setPartition(record.partition()).setOffset(record.offset()).build();
        try {
            // Synchronous: the letter is on the topic before this event's offset is committed.
            deadLetters.send(new ProducerRecord<>(dlq.name(), id, letter)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot write the dead letter for " + id + " to " + dlq.name() + ": stopping before its offset moves", e.getCause());
        }
        deadLettered.incrementAndGet();
    }

    public long delivered() {
        return delivered.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Stops {@link #run} from another thread (a shutdown hook). */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
        deadLetters.close();
    }
}
