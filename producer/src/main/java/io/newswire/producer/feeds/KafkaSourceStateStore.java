package io.newswire.producer.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.topics.CompactedTopics;
import io.newswire.topics.TypedTopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Source state in a compacted topic keyed by source name: read to the end at start, written through on save. */
public final class KafkaSourceStateStore implements SourceStateStore, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TypedTopic<String, String> topic;
    private final KafkaProducer<String, String> producer;
    private final Map<String, SourceState> states = new ConcurrentHashMap<>();

    public KafkaSourceStateStore(TypedTopic<String, String> topic, Map<String, Object> clientProperties) {
        this.topic = topic;
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
        load(clientProperties);
    }

    private void load(Map<String, Object> clientProperties) {
        CompactedTopics.readLatest(topic, clientProperties).forEach((source, json) -> states.put(source, decode(json)));
    }

    @Override
    public SourceState load(String source) {
        return states.getOrDefault(source, SourceState.empty());
    }

    @Override
    public void save(String source, SourceState state) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), source, encode(state))).get(30, TimeUnit.SECONDS);
            states.put(source, state);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot persist state of source " + source + ": " + e.getMessage(), e);
        }
    }

    static String encode(SourceState state) {
        ObjectNode node = JSON.createObjectNode().put("etag", state.etag()).put("last_modified", state.lastModified())
                .put("next_poll_at", state.nextPollAt()).put("failures", state.failures());
        state.seen().forEach(node.putArray("seen")::add);
        return node.toString();
    }

    static SourceState decode(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<String> seen = new ArrayList<>();
            node.path("seen").forEach(s -> seen.add(s.asText()));
            return new SourceState(node.path("etag").asText(null), node.path("last_modified").asText(null), seen,
                    node.path("next_poll_at").asLong(), node.path("failures").asInt());
        } catch (Exception e) {
            return SourceState.empty();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
