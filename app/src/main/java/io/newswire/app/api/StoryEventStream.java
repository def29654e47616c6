package io.newswire.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.newswire.avro.StoryEvent;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.rules.NewsTopics;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/events?topic=SLUG}: a news topic's story events (all of news.events without a topic) as
 * Server-Sent Events, read_committed, so a client only sees what the pipeline committed. Each connection has
 * its own consumer, assigned (no group) and positioned from Last-Event-ID, or at the end for a new client.
 */
final class StoryEventStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoryEventStream.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final long KEEP_ALIVE_MS = 15_000;
    /** Each stream holds a consumer and a thread: a bound, so viewers cannot exhaust the instance. */
    static final int MAX_STREAMS = 64;

    private final NewswireConfig config;
    private final NewswireTopics topics;
    private final ObjectMapper json;
    private final Set<KafkaConsumer<?, ?>> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    StoryEventStream(NewswireConfig config, NewswireTopics topics, ObjectMapper json) {
        this.config = config;
        this.topics = topics;
        this.json = json;
    }

    void handle(Context ctx) throws Exception {
        String slug = ctx.queryParam("topic");
        String topic = slug == null || slug.isBlank() ? topics.events().name() : topics.perTopicName(slug);
        String lastEventId = ctx.header("Last-Event-ID") != null ? ctx.header("Last-Event-ID") : ctx.queryParam("lastEventId");
        EventPositions from = EventPositions.parse(lastEventId);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            // Javalin only streams to clients that ask for it; anything else would get an empty 200.
            throw new HttpResponseException(406, "this is a Server-Sent Events stream: send Accept: text/event-stream (as EventSource does)");
        }
        if (open.size() >= MAX_STREAMS) {
            ctx.header("Retry-After", "5");
            throw new HttpResponseException(503, "already " + MAX_STREAMS + " event streams open on this instance; try another instance or later");
        }
        KafkaConsumer<String, StoryEvent> consumer = consumer();
        open.add(consumer);
        List<TopicPartition> partitions;
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                throw new NotFoundResponse("no news topic '" + slug + "' (built-in: " + String.join(", ", NewsTopics.BUILT_IN) + ")");
            }
            partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(tp -> {
                Long next = from.nextOffsets().get(tp.partition());
                if (next != null) {
                    consumer.seek(tp, next);
                }
            });
        } catch (RuntimeException e) {
            open.remove(consumer);
            consumer.close(Duration.ZERO);
            throw e;
        }
        new SseHandler(client -> {
            client.keepAlive();
            Thread follower = new Thread(() -> follow(client, consumer, partitions), "sse-" + connections.incrementAndGet());
            follower.setDaemon(true);
            follower.start();
        }).handle(ctx);
    }

    private void follow(SseClient client, KafkaConsumer<String, StoryEvent> consumer, List<TopicPartition> partitions) {
        client.onClose(consumer::wakeup);
        try {
            EventPositions positions = new EventPositions(Map.of());
            for (TopicPartition tp : partitions) {
                positions = positions.after(tp.partition(), consumer.position(tp) - 1);
            }
            client.sendComment("following " + partitions.get(0).topic() + " from " + positions);
            long lastSent = System.currentTimeMillis();
            while (!closed && !client.terminated()) {
                ConsumerRecords<String, StoryEvent> records;
                try {
                    records = consumer.poll(POLL);
                } catch (RecordDeserializationException e) {
                    // Skipped, not fatal: the pipeline dead-letters bad records, a viewer only needs to hear about it.
                    positions = positions.after(e.topicPartition().partition(), e.offset());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                    client.sendEvent("error", render(new Views.ApiError(500, "unreadable event at " + e.topicPartition() + "@" + e.offset()
                            + ": " + e.getMessage())), positions.toString());
                    continue;
                }
                for (ConsumerRecord<String, StoryEvent> record : records) {
                    positions = positions.after(record.partition(), record.offset());
                    client.sendEvent("story", render(Views.event(record.value())), positions.toString());
                    lastSent = System.currentTimeMillis();
                }
                if (System.currentTimeMillis() - lastSent > KEEP_ALIVE_MS) {
                    client.sendComment("keep-alive"); // also how a closed connection is noticed when nothing happens
                    lastSent = System.currentTimeMillis();
                }
            }
        } catch (WakeupException e) {
            // the client went away or the server is stopping
        } catch (RuntimeException e) {
            LOG.warn("Event stream stopped: {}", e.toString());
        } finally {
            open.remove(consumer);
            consumer.close(Duration.ofSeconds(1));
            client.close();
        }
    }

    private String render(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaConsumer<String, StoryEvent> consumer() {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(props, topics.events().keySerde().deserializer(), topics.events().valueSerde().deserializer());
    }

    @Override
    public void close() {
        closed = true;
        open.forEach(KafkaConsumer::wakeup);
    }
}
