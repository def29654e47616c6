package io.newswire.streams;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.parse.ArticleParser;
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
    private final String scope = "pipeline-" + UUID.randomUUID();

    TestPipeline(Path stateDir) {
        NewswireConfig config = NewswireConfig.defaults(Map.of("schema.registry.url", "mock://" + scope));
        topics = NewswireTopics.from(config, InMemorySchemaRegistryClient.forScope(scope));
        driver = new TopologyTestDriver(NewswireTopology.build(topics, ArticleParser.withDefaults(), Enricher.withDefaults()),
                StreamsSettings.from(config, topics, stateDir));
        raw = driver.createInputTopic(topics.raw().name(), topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), topics.deadLetters().keySerde().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    void pipe(String id, byte[] body) {
        raw.pipeInput(id, rawArticle(id, body));
    }

    static RawArticle rawArticle(String id, byte[] body) {
        return RawArticle.newBuilder().setId(id).setSource("test-outlet").setContentType("text/plain")
                .setBody(ByteBuffer.wrap(body)).setFetchedAt(FETCHED).build();
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
