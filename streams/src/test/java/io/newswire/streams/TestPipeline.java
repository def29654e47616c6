package io.newswire.streams;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.EntityRecord;
import io.newswire.avro.RawArticle;
import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.TopicRule;
import io.newswire.avro.TrendCount;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** A TopologyTestDriver over the real topology, with typed handles on its topics. Close it. */
final class TestPipeline implements AutoCloseable {

    static final Instant FETCHED = Instant.parse("2024-03-12T10:00:00Z");

    final NewswireTopics topics;
    final TopologyTestDriver driver;
    final TestInputTopic<String, RawArticle> raw;
    final TestInputTopic<String, byte[]> rawBytes;
    final TestOutputTopic<String, Article> enriched;
    final TestOutputTopic<String, DeadLetter> deadLetters;
    final TestOutputTopic<String, StoryEvent> events;
    final TestOutputTopic<String, Story> stories;
    final TestOutputTopic<String, io.newswire.avro.Storyline> storylines;
    final TestInputTopic<String, TopicRule> rules;
    final TestOutputTopic<String, TrendCount> trends;
    final TestOutputTopic<String, EntityRecord> entities;
    private final String scope = "pipeline-" + UUID.randomUUID();

    TestPipeline(Path stateDir) {
        NewswireConfig config = NewswireConfig.defaults(Map.of("schema.registry.url", "mock://" + scope));
        topics = NewswireTopics.from(config, InMemorySchemaRegistryClient.forScope(scope));
        driver = new TopologyTestDriver(NewswireTopology.build(topics, TopologySettings.defaults()),
                StreamsSettings.from(config, topics, stateDir));
        raw = driver.createInputTopic(topics.raw().name(), topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), topics.deadLetters().keySerde().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
        events = driver.createOutputTopic(topics.events().name(), topics.events().keySerde().deserializer(),
                topics.events().valueSerde().deserializer());
        stories = driver.createOutputTopic(topics.stories().name(), topics.stories().keySerde().deserializer(),
                topics.stories().valueSerde().deserializer());
        storylines = driver.createOutputTopic(topics.storylines().name(), topics.storylines().keySerde().deserializer(),
                topics.storylines().valueSerde().deserializer());
        trends = driver.createOutputTopic(topics.trends().name(), topics.trends().keySerde().deserializer(),
                topics.trends().valueSerde().deserializer());
        entities = driver.createOutputTopic(topics.entities().name(), topics.entities().keySerde().deserializer(),
                topics.entities().valueSerde().deserializer());
        rules = driver.createInputTopic(topics.rules().name(), topics.rules().keySerde().serializer(), topics.rules().valueSerde().serializer());
    }

    void pipe(String id, byte[] body) {
        raw.pipeInput(id, rawArticle(id, body));
    }

    /** An article fetched (and so, without a published time, happening) at {@code at}. */
    void pipe(String id, byte[] body, Instant at) {
        raw.pipeInput(id, rawArticle(id, body, at), at);
    }

    TestOutputTopic<String, StoryEvent> perTopic(String slug) {
        return driver.createOutputTopic(topics.perTopicName(slug), topics.events().keySerde().deserializer(),
                topics.events().valueSerde().deserializer());
    }

    void addRule(String slug, String query) {
        rules.pipeInput(slug, new TopicRule(slug, query, FETCHED));
    }

    void removeRule(String slug) {
        rules.pipeInput(slug, null);
    }

    static RawArticle rawArticle(String id, byte[] body) {
        return rawArticle(id, body, FETCHED);
    }

    static RawArticle rawArticle(String id, byte[] body, Instant fetched) {
        return RawArticle.newBuilder().setId(id).setSource("test-outlet").setContentType("text/plain")
                .setBody(ByteBuffer.wrap(body)).setFetchedAt(fetched).build();
    }

    static byte[] fixture(String name) {
        try (InputStream in = TestPipeline.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        InMemorySchemaRegistryClient.dropScope(scope);
    }
}
