package io.newswire.producer;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.Serdes;

/** The producer's topics over an in-memory registry, with mock producers whose history tests read. */
public final class MockKafka {

    public final NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of("schema.registry.url", "mock://producer-tests")),
            new InMemorySchemaRegistryClient());
    public final MockProducer<String, RawArticle> articles = articleProducer(true);
    public final MockProducer<String, DeadLetter> deadLetters = new MockProducer<>(true, null, Serdes.String().serializer(),
            topics.deadLetters().valueSerde().serializer());

    /** With {@code autoComplete} false, sends stay pending until the test completes or fails them. */
    public MockProducer<String, RawArticle> articleProducer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, Serdes.String().serializer(), topics.raw().valueSerde().serializer());
    }

    public RawArticlePublisher publisher(Clock clock) {
        return publisher(articles, clock);
    }

    public RawArticlePublisher publisher(MockProducer<String, RawArticle> producer, Clock clock) {
        return publisher(producer, clock, io.newswire.config.NewswireConfig.defaults(java.util.Map.of()).maxArticleBytes());
    }

    public RawArticlePublisher publisher(MockProducer<String, RawArticle> producer, Clock clock, int maxArticleBytes) {
        return new RawArticlePublisher(producer, deadLetters, topics, clock, maxArticleBytes);
    }
}
