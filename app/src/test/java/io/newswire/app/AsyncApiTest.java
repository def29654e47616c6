package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TypedTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml against the topics the app defines: every public topic described, with the schema it carries. */
class AsyncApiTest {

    private static final Path DOC = Path.of("..", "docs", "asyncapi.yaml");
    private final NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient());

    private Map<String, String> schemaByAddress() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(DOC.toFile());
        Map<String, String> schemas = new HashMap<>();
        doc.get("channels").forEach(channel -> channel.get("messages").fields().forEachRemaining(message ->
                schemas.put(channel.get("address").asText(), message.getKey())));
        return schemas;
    }

    @Test
    void shouldDescribeEveryPublicTopicWithItsValueSchema() throws IOException {
        Map<String, String> described = schemaByAddress();
        List<TypedTopic<?, ?>> publicTopics = List.of(topics.raw(), topics.enriched(), topics.deadLetters(), topics.stories(),
                topics.storylines(), topics.events(), topics.rules(), topics.trends(), topics.entities());
        for (TypedTopic<?, ?> topic : publicTopics) {
            String schema = described.get(topic.name());
            assertTrue(schema != null, "docs/asyncapi.yaml lacks " + topic.name());
        }
        assertEquals("StoryEvent", described.get(topics.perTopicName("{slug}")));
        assertEquals("Story", described.get(topics.stories().name()));
        assertEquals("Article", described.get(topics.enriched().name()));
    }

    @Test
    void shouldPointAtSchemaFilesThatExist() throws IOException {
        for (String schema : schemaByAddress().values()) {
            assertTrue(Files.exists(Path.of("..", "schemas", "src", "main", "avro", schema + ".avsc")), schema);
        }
    }
}
