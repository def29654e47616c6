package io.newswire.producer.feeds;

import io.newswire.avro.internal.FeedSourceState;
import io.newswire.config.UserFacingException;
import io.newswire.topics.CompactedTopics;
import io.newswire.topics.TypedTopic;
import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Source state in a compacted topic keyed by source name, as Avro: read to the end at start (a value that cannot
 * be read stops the start with the topic's name, never reads as "no state", which would publish the source's
 * entries again), written through on save.
 */
public final class KafkaSourceStateStore implements SourceStateStore, AutoCloseable {

    private final TypedTopic<String, FeedSourceState> topic;
    private final KafkaProducer<String, FeedSourceState> producer;
    private final Map<String, SourceState> states = new ConcurrentHashMap<>();

    public KafkaSourceStateStore(TypedTopic<String, FeedSourceState> topic, Map<String, Object> clientProperties) {
        this.topic = topic;
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
        load(clientProperties);
    }

    private void load(Map<String, Object> clientProperties) {
        Map<String, FeedSourceState> stored;
        try {
            stored = CompactedTopics.readLatest(topic, clientProperties);
        } catch (SerializationException e) {
            throw new UserFacingException("Cannot read the source state on " + topic.name() + " (" + e.getMessage()
                    + "); polling now would publish the sources' entries again", e);
        }
        stored.forEach((source, state) -> states.put(source, fromRecord(state)));
    }

    @Override
    public SourceState load(String source) {
        return states.getOrDefault(source, SourceState.empty());
    }

    @Override
    public void save(String source, SourceState state) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), source, toRecord(state))).get(30, TimeUnit.SECONDS);
            states.put(source, state);
        } catch (Exception e) {
            throw new UserFacingException("Cannot persist state of source " + source + ": " + e.getMessage(), e);
        }
    }

    static FeedSourceState toRecord(SourceState state) {
        return FeedSourceState.newBuilder().setEtag(state.etag()).setLastModified(state.lastModified()).setSeen(state.seen())
                .setNextPollAt(state.nextPollAt()).setFailures(state.failures()).build();
    }

    static SourceState fromRecord(FeedSourceState state) {
        return new SourceState(state.getEtag(), state.getLastModified(), List.copyOf(state.getSeen()), state.getNextPollAt(),
                state.getFailures());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
