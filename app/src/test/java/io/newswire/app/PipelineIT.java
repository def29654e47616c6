package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.producer.IngestReport;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw articles through a real broker and the real topology, read back as a downstream consumer would. */
class PipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;

    private static TestStack stack;
    private static IngestReport ingestReport;

    @BeforeAll
    static void startAndIngest() throws URISyntaxException {
        stack = TestStack.start(dataDir);
        Path fixtures = Path.of(PipelineIT.class.getResource("/fixtures/lakeside-gazette").toURI());
        ingestReport = stack.ingest(List.of(fixtures));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldDeliverEveryIngestedFile() {
        assertEquals(2, ingestReport.published());
        assertTrue(ingestReport.success());
    }

    @Test
    void shouldPublishParsedArticlesToEnrichedTopic() {
        List<ConsumerRecord<String, Article>> records = stack.readUntil(stack.stack.topics().enriched(), r -> r.size() >= 2, WAIT);
        Article ferry = records.stream().map(ConsumerRecord::value)
                .filter(a -> a.getTitle().startsWith("Ferry crews")).findFirst().orElseThrow();
        assertEquals("Ferry crews end three-day strike after pay offer", ferry.getTitle());
        assertEquals(LocalDate.of(2024, 6, 7), ferry.getPublishedDate());
        assertEquals(Instant.parse("2024-06-07T07:30:00Z"), ferry.getPublishedAt());
        assertEquals("Local", ferry.getSection());
        assertEquals(List.of("Owen Pritchard"), ferry.getAuthors());
        assertEquals("lakeside-gazette", ferry.getSource());
        assertTrue(!ferry.getBody().contains("More news") && !ferry.getBody().contains("Like this"), ferry.getBody());
    }

    @Test
    void shouldExitNonZeroWhenNothingCouldBeRead() throws java.io.IOException {
        Path empty = dataDir.resolve("unreadable/empty.jsonl");
        java.nio.file.Files.createDirectories(empty.getParent());
        java.nio.file.Files.writeString(empty, "\n\n");
        int exit = io.newswire.app.Newswire.commandLine().execute("ingest", empty.toString(),
                "--bootstrap-servers", stack.config().bootstrapServers(), "--schema-registry-url", stack.config().schemaRegistryUrl());
        assertEquals(1, exit);
    }

    @Test
    void shouldDeadLetterRecordThatIsNotAvro() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.config().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(stack.stack.topics().raw().name(), "not-avro", "plain bytes".getBytes(StandardCharsets.UTF_8)));
        }
        DeadLetter letter = deadLetterFor("not-avro");
        assertEquals("deserialize", letter.getStage());
        assertEquals("plain bytes", StandardCharsets.UTF_8.decode(letter.getValue()).toString());
        assertEquals(stack.stack.topics().raw().name(), letter.getTopic());
    }

    @Test
    void shouldDeadLetterArticleThatCannotBeParsed() {
        RawArticle binary = RawArticle.newBuilder().setId("binary-1").setSource("tests").setContentType("text/plain")
                .setBody(ByteBuffer.wrap(new byte[] {0, 1, 2, 3, 4, 5, 6, 7})).setFetchedAt(Instant.now()).build();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.config().bootstrapServers()),
                stack.stack.topics().raw().keySerde().serializer(), stack.stack.topics().raw().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(stack.stack.topics().raw().name(), binary.getId(), binary));
        }
        DeadLetter letter = deadLetterFor("binary-1");
        assertEquals("process", letter.getStage());
        assertEquals("parse-article", letter.getProcessor());
        assertTrue(letter.getReason().startsWith("binary content"), letter.getReason());
    }

    private static DeadLetter deadLetterFor(String key) {
        return stack.readUntil(stack.stack.topics().deadLetters(), r -> r.stream().anyMatch(x -> key.equals(x.key())), WAIT)
                .stream().filter(x -> key.equals(x.key())).findFirst().orElseThrow().value();
    }
}
