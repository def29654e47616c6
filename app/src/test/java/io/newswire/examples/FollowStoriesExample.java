package io.newswire.examples;

import io.newswire.avro.StoryEvent;
import io.newswire.serde.AvroDeserializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The Java example of docs/consuming.md: follow the story events of Newswire with the generated classes
 * and the Confluent-wire-format deserializer of the {@code newswire-schemas} library.
 * <pre>
 * java -cp … io.newswire.examples.FollowStoriesExample localhost:9092 http://localhost:8081 news.events
 * </pre>
 */
public final class FollowStoriesExample {

    private FollowStoriesExample() {
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        String registry = args.length > 1 ? args[1] : "http://localhost:8081";
        String topic = args.length > 2 ? args[2] : "news.events";
        follow(bootstrap, registry, topic, Integer.MAX_VALUE, Duration.ofDays(365), System.out::println);
    }

    /** Prints one line per story event until {@code max} were read or none came for {@code idle}. */
    public static int follow(String bootstrap, String registry, String topic, int max, Duration idle, Consumer<String> out) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "story-follower-example");
        // Newswire writes in transactions: read what they committed, never an aborted attempt.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put("schema.registry.url", registry);
        // Generated classes (io.newswire.avro.StoryEvent) instead of GenericRecord.
        props.put("specific.avro.reader", true);
        AvroDeserializer<StoryEvent> values = new AvroDeserializer<>();
        values.configure(props, false);
        int seen = 0;
        long lastRecord = System.nanoTime();
        try (KafkaConsumer<String, StoryEvent> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            while (seen < max && System.nanoTime() - lastRecord < idle.toNanos()) {
                for (ConsumerRecord<String, StoryEvent> record : consumer.poll(Duration.ofSeconds(1))) {
                    StoryEvent event = record.value();
                    // event_id = story id and sequence: a consumer that may see a record twice skips what it applied.
                    out.accept(event.getEventId() + " " + event.getType() + " \"" + event.getStory().getTitle() + "\"");
                    lastRecord = System.nanoTime();
                    if (++seen >= max) {
                        break;
                    }
                }
            }
        }
        return seen;
    }
}
