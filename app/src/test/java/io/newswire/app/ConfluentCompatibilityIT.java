package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.local.TopicProvisioner;
import io.newswire.avro.Article;
import io.newswire.topics.TypedTopic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confluent's own client (Debian's python3-confluent-kafka, legacy confluent_kafka.avro) against our
 * registry endpoint and wire format, in both directions.
 */
class ConfluentCompatibilityIT {

    private static final Path SCRIPT = Path.of("src/test/python/confluent_compat.py");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private static TestStack stack;
    private static List<ConsumerRecord<String, Article>> javaView;

    @BeforeAll
    static void startAndIngest() throws Exception {
        stack = TestStack.startWithFixtureArticles(dataDir);
        javaView = stack.readUntil(stack.stack.topics().enriched(), r -> r.size() >= 2, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldLetConfluentConsumerDecodeEnrichedArticles() throws Exception {
        List<String> lines = python("consume", stack.config().bootstrapServers(), stack.stack.registryUrl(),
                stack.stack.topics().enriched().name(), String.valueOf(javaView.size()));
        assertEquals(javaView.size(), lines.size());
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            Article expected = javaView.stream().filter(r -> r.key().equals(record.get("key").asText())).findFirst().orElseThrow().value();
            JsonNode value = record.get("value");
            assertEquals(expected.getId(), value.get("id").asText());
            assertEquals(expected.getTitle(), value.get("title").asText());
            assertEquals(expected.getBody(), value.get("body").asText());
            assertEquals(expected.getAuthors().size(), value.get("authors").size());
            assertEquals(expected.getEntities().size(), value.get("entities").size());
            assertEquals(expected.getEntities().get(0).getName(), value.get("entities").get(0).get("name").asText());
            assertEquals(expected.getTone().getPolarity(), value.get("tone").get("polarity").asDouble());
            assertEquals(expected.getLanguage(), value.get("language").asText());
            assertEquals(expected.getPublishedDate() == null ? "null" : expected.getPublishedDate().toString(),
                    value.get("published_date").asText());
            if (expected.getPublishedAt() != null) {
                assertEquals(expected.getPublishedAt(), Instant.parse(value.get("published_at").asText().replace("+00:00", "Z")));
            }
        }
    }

    @Test
    void shouldReadRecordWrittenByConfluentAvroProducer() throws Exception {
        TypedTopic<String, Article> topic = new TypedTopic<>("compat.python-articles", stack.stack.topics().enriched().keySerde(),
                stack.stack.topics().enriched().valueSerde(), 1, (short) 1, false);
        TopicProvisioner.ensure(stack.config().clientProperties(), List.of(topic));
        Path schema = dataDir.resolve("Article.avsc");
        Files.writeString(schema, Article.getClassSchema().toString());
        python("produce", stack.config().bootstrapServers(), stack.stack.registryUrl(), topic.name(), schema.toString());
        Article article = stack.readUntil(topic, r -> !r.isEmpty(), Duration.ofSeconds(60)).get(0).value();
        assertEquals("Written by Confluent's AvroProducer", article.getTitle());
        assertEquals(LocalDate.of(2024, 2, 29), article.getPublishedDate());
        assertEquals(Instant.parse("2024-02-29T12:30:00Z"), article.getPublishedAt());
        assertEquals(List.of("Ada Byron", "Grace Hopper"), article.getAuthors());
        assertTrue(article.getBody().contains("\u201cinside\u201d"));
        assertEquals("ada-byron", article.getEntities().get(0).getId());
        assertEquals(List.of("Ada Byron", "Byron"), article.getEntities().get(0).getSurfaceForms());
        assertEquals(1.0, article.getTone().getPolarity());
        assertEquals("Ada Byron", article.getQuotations().get(0).getSpeaker());
    }

    private static List<String> python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(dataDir, "python", ".err");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "python client timed out");
        assertEquals(0, process.exitValue(), "python client failed (needs apt-get install python3-confluent-kafka python3-avro): "
                + Files.readString(stderr));
        return new String(stdout, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
