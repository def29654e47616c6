package io.newswire.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.serde.GenericAvroSerde;
import io.newswire.serde.SpecificAvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldRenderLogicalTypesAsIsoStrings() {
        JsonNode json = toJson(Article.newBuilder().setId("a").setSource("s").setTitle("T").setBody("B")
                .setPublishedDate(LocalDate.of(2024, 6, 7)).setPublishedAt(Instant.parse("2024-06-07T07:30:00Z"))
                .setAuthors(List.of("X")).setIngestedAt(Instant.parse("2024-06-07T08:00:00Z")).build());
        assertEquals("2024-06-07", json.get("published_date").asText());
        assertEquals("2024-06-07T07:30:00Z", json.get("published_at").asText());
        assertEquals("X", json.get("authors").get(0).asText());
        assertTrue(json.get("section").isNull());
    }

    @Test
    void shouldRenderTextBytesAsTextAndBinaryAsBase64() {
        DeadLetter.Builder letter = DeadLetter.newBuilder().setStage("ingest").setReason("r").setFailedAt(Instant.EPOCH);
        JsonNode text = toJson(letter.setValue(ByteBuffer.wrap("hello".getBytes(StandardCharsets.UTF_8))).build());
        JsonNode binary = toJson(letter.setValue(ByteBuffer.wrap(new byte[] {(byte) 0xFF, 0})).build());
        assertEquals("hello", text.get("value").asText());
        assertEquals("base64:/wA=", binary.get("value").asText());
    }

    private JsonNode toJson(org.apache.avro.specific.SpecificRecord record) {
        byte[] bytes = new SpecificAvroSerde<>(registry).serializer().serialize("t", record);
        GenericRecord generic = new GenericAvroSerde(registry).deserializer().deserialize("t", bytes);
        return AvroJson.toJson(generic, generic.getSchema());
    }
}
