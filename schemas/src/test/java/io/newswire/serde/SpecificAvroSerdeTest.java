package io.newswire.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.avro.Article;
import io.newswire.registry.InMemorySchemaRegistryClient;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SpecificAvroSerdeTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(registry);

    @Test
    void shouldRoundTripSpecificRecordWithLogicalTypes() {
        Article article = SerdeTestData.article();
        byte[] bytes = serde.serializer().serialize("news.articles.enriched", article);
        assertEquals(article, serde.deserializer().deserialize("news.articles.enriched", bytes));
    }

    @Test
    void shouldWriteConfluentWireFormatHeader() {
        byte[] bytes = serde.serializer().serialize("news.articles.enriched", SerdeTestData.article());
        int id = registry.lookupId("news.articles.enriched-value", Article.getClassSchema());
        assertEquals(0, bytes[0]);
        assertEquals(id, ByteBuffer.wrap(bytes, 1, 4).getInt());
    }

    @Test
    void shouldRegisterUnderTopicNameStrategySubjectForKeys() {
        SpecificAvroSerde<Article> keySerde = new SpecificAvroSerde<>(registry);
        keySerde.configure(Map.of(), true);
        keySerde.serializer().serialize("t", SerdeTestData.article());
        assertEquals(1, registry.lookupId("t-key", Article.getClassSchema()));
    }

    @Test
    void shouldRefuseAValueNoProducerWouldSendBeforeAProducerSeesIt() {
        SpecificAvroSerde<Article> small = new SpecificAvroSerde<>(registry);
        small.configure(Map.of("max.request.size", "20000"), false);
        Article article = SerdeTestData.article();
        article.setBody("word ".repeat(10_000));
        AvroSerializer.RecordTooLargeForProducerException error = org.junit.jupiter.api.Assertions.assertThrows(
                AvroSerializer.RecordTooLargeForProducerException.class, () -> small.serializer().serialize("t", article));
        org.junit.jupiter.api.Assertions.assertTrue(error.getMessage().contains("max.request.size"), error.getMessage());
    }

    @Test
    void shouldPassNullThroughAsTombstone() {
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
    }

    @Test
    void shouldRejectBytesWithoutMagicByte() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("t", new byte[] {1, 0, 0, 0, 1, 2}));
        assertEquals("Unknown magic byte 1: not in the Confluent wire format", e.getMessage());
    }

    @Test
    void shouldRejectTooShortPayload() {
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", new byte[] {0, 0}));
    }

    @Test
    void shouldFailWhenAutoRegisterIsOffAndSchemaUnknown() {
        SpecificAvroSerde<Article> strict = new SpecificAvroSerde<>(registry);
        strict.configure(Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);
        assertThrows(SerializationException.class, () -> strict.serializer().serialize("unregistered", SerdeTestData.article()));
    }

    @Test
    void shouldShareMockScopeRegistryWhenConfiguredByUrl() {
        SpecificAvroSerde<Article> writer = new SpecificAvroSerde<>();
        writer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://serde-test"), false);
        SpecificAvroSerde<Article> reader = new SpecificAvroSerde<>();
        reader.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://serde-test"), false);
        byte[] bytes = writer.serializer().serialize("t", SerdeTestData.article());
        assertArrayEquals(bytes, reader.serializer().serialize("t", reader.deserializer().deserialize("t", bytes)));
        InMemorySchemaRegistryClient.dropScope("serde-test");
    }
}
