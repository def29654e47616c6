package io.newswire.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.avro.Article;
import io.newswire.registry.InMemorySchemaRegistryClient;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class GenericAvroSerdeTest {

    private static final Schema OLD_ARTICLE = new Schema.Parser().parse("""
            {"type":"record","name":"Article","namespace":"io.newswire.avro","fields":[
              {"name":"id","type":"string"},{"name":"source","type":"string"},{"name":"title","type":"string"},
              {"name":"body","type":"string"},
              {"name":"ingested_at","type":{"type":"long","logicalType":"timestamp-millis"}}]}""");

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldRoundTripGenericRecord() {
        GenericAvroSerde serde = new GenericAvroSerde(registry);
        GenericRecord record = oldArticle();
        GenericRecord back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", record));
        assertEquals("Ferry strike ends", back.get("title").toString());
        assertEquals(1_700_000_000_000L, back.get("ingested_at"));
    }

    @Test
    void shouldReadOlderWriterSchemaIntoCurrentSpecificClass() {
        GenericAvroSerde writer = new GenericAvroSerde(registry);
        SpecificAvroSerde<Article> reader = new SpecificAvroSerde<>(registry);
        reader.configure(Map.of(), false);
        Article article = reader.deserializer().deserialize("t", writer.serializer().serialize("t", oldArticle()));
        assertEquals("Ferry strike ends", article.getTitle());
        assertNull(article.getSection());
        assertEquals(0, article.getAuthors().size());
    }

    @Test
    void shouldPassNullThroughAsTombstone() {
        GenericAvroSerde serde = new GenericAvroSerde(registry);
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
    }

    private static GenericRecord oldArticle() {
        GenericRecord record = new GenericData.Record(OLD_ARTICLE);
        record.put("id", "a1");
        record.put("source", "harbour-times");
        record.put("title", "Ferry strike ends");
        record.put("body", "Crews returned to work.");
        record.put("ingested_at", 1_700_000_000_000L);
        return record;
    }
}
