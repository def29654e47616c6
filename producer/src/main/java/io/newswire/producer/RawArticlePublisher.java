package io.newswire.producer;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.config.NewswireConfig;
import io.newswire.errors.DeadLetters;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TypedTopic;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes raw articles keyed by id with an idempotent, acks=all producer, and dead letters for
 * inputs that never became articles. Sends are asynchronous; {@link #finish()} waits for all of them.
 */
public final class RawArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RawArticlePublisher.class);

    private final Producer<String, RawArticle> articles;
    private final Producer<String, DeadLetter> deadLetters;
    private final TypedTopic<String, RawArticle> rawTopic;
    private final TypedTopic<String, DeadLetter> dlqTopic;
    private final Clock clock;
    private final int maxArticleBytes;
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger deadLettered = new AtomicInteger();
    private final List<String> undelivered = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<String> fatal = new AtomicReference<>();
    private volatile IntConsumer onPublished = count -> { };

    public RawArticlePublisher(Producer<String, RawArticle> articles, Producer<String, DeadLetter> deadLetters,
                               NewswireTopics topics, Clock clock, int maxArticleBytes) {
        this.articles = articles;
        this.maxArticleBytes = maxArticleBytes;
        this.deadLetters = deadLetters;
        this.rawTopic = topics.raw();
        this.dlqTopic = topics.deadLetters();
        this.clock = clock;
    }

    public static RawArticlePublisher create(NewswireConfig config, NewswireTopics topics, Clock clock) {
        Map<String, Object> clientProperties = config.clientProperties();
        return new RawArticlePublisher(
                new KafkaProducer<>(producerProperties(clientProperties, "newswire-ingest"),
                        topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer()),
                new KafkaProducer<>(producerProperties(clientProperties, "newswire-ingest-dlq"),
                        topics.deadLetters().keySerde().serializer(), topics.deadLetters().valueSerde().serializer()),
                topics, clock, config.maxArticleBytes());
    }

    /** A producer that neither loses nor duplicates on retry (acks=all, idempotent), batched for throughput. */
    public static Map<String, Object> producerProperties(Map<String, Object> clientProperties, String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putAll(clientProperties);
        // Not overridable: losing or duplicating an article on retry is never what a user wants.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return props;
    }

    /** Called on the producer's I/O thread with the running count each time an article is acknowledged: keep it short. */
    public void onPublished(IntConsumer listener) {
        this.onPublished = listener;
    }

    /** True once a fatal error has stopped this publisher; callers should stop feeding it. */
    public boolean stopped() {
        return fatal.get() != null;
    }

    public void publish(RawArticle given, String origin) {
        if (stopped()) {
            return;
        }
        RawArticle article = fit(given, origin);
        if (article == null) {
            return;
        }
        try {
            articles.send(new ProducerRecord<>(rawTopic.name(), article.getId(), article), (metadata, error) -> {
                if (error == null) {
                    onPublished.accept(published.incrementAndGet());
                } else {
                    onFailure(article, origin, error);
                }
            });
        } catch (RuntimeException e) {
            onFailure(article, origin, e);
        }
    }

    /**
     * The article as it may be published, or null once dead-lettered. Checked here, where every input kind
     * (file, JSON line, feed entry, page) meets Kafka, so that no article reaches the processors that would
     * make an output record the broker refuses. The limit guards what is kept, not what a site serves: an
     * over-large page loses its scripts and styles first.
     */
    private RawArticle fit(RawArticle article, String origin) {
        int size = article.getBody().remaining();
        if (size <= maxArticleBytes) {
            return article;
        }
        RawArticle slim = PageSlimmer.slim(article).orElse(null);
        if (slim != null && slim.getBody().remaining() <= maxArticleBytes) {
            LOG.info("{}: {} bytes of page kept as {} without scripts, styles and inline data", origin, size, slim.getBody().remaining());
            return slim;
        }
        byte[] body = new byte[size];
        article.getBody().duplicate().get(body);
        deadLetter(origin, "article is " + size + " bytes" + (slim == null ? "" : " (" + slim.getBody().remaining()
                + " without scripts, styles and inline data)") + ", over the " + maxArticleBytes
                + "-byte limit (setting max.article.bytes)", null, body);
        return null;
    }

    public void deadLetter(String origin, String reason, Throwable error, byte[] value) {
        DeadLetter letter = DeadLetters.letter("ingest", reason, clock.instant(), null, value)
                .setErrorClass(error == null ? null : error.getClass().getName())
                .setOrigin(origin)
                .build();
        LOG.warn("Dead letter for {}: {}", origin, reason);
        deadLetters.send(new ProducerRecord<>(dlqTopic.name(), origin, letter), (metadata, sendError) -> {
            if (sendError == null) {
                deadLettered.incrementAndGet();
            } else {
                undelivered.add(origin + " (dead letter: " + sendError.getMessage() + ")");
            }
        });
    }

    private void onFailure(RawArticle article, String origin, Throwable error) {
        switch (SendFailure.classify(error)) {
            case RECORD -> deadLetter(origin, "rejected by Kafka: " + error.getMessage(), error, null);
            case RETRIABLE -> {
                LOG.error("Not delivered after retries: {} ({})", origin, error.toString());
                undelivered.add(origin + " (" + error.getMessage() + ")");
            }
            case FATAL -> {
                LOG.error("Fatal producer error on {}: stopping ingest", origin, error);
                undelivered.add(origin + " (" + error.getMessage() + ")");
                fatal.compareAndSet(null, error.toString());
            }
        }
    }

    /** Waits for every outstanding send and returns what happened. */
    public IngestReport finish() {
        articles.flush();
        deadLetters.flush();
        return new IngestReport(published.get(), deadLettered.get(), List.copyOf(undelivered), fatal.get());
    }

    @Override
    public void close() {
        articles.close(Duration.ofSeconds(10));
        deadLetters.close(Duration.ofSeconds(10));
    }
}
