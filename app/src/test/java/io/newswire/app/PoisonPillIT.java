package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.producer.IngestReport;
import io.newswire.serde.AvroSerializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles too large for the pipeline on a real broker: each ends on news.dlq with its reason, and the
 * article after it still comes out.
 */
class PoisonPillIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    @TempDir
    static Path inputs;

    private static TestStack stack;

    @BeforeAll
    static void start() {
        Map<String, String> settings = new HashMap<>(TestStack.localSettings(dataDir));
        stack = TestStack.start(settings);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldDeadLetterAOneMegabyteFileAtIngestAndDeliverTheNextFile() throws IOException {
        Path big = write("wire/1-big.txt", "Big file\n\n" + "The harbour board met again on Monday. ".repeat(27_000));
        write("wire/2-small.txt", "Harbour board approves ferry timetable\n\nThe harbour board approved the new ferry timetable on Monday.");
        IngestReport report = stack.ingest(List.of(inputs.resolve("wire")));
        assertEquals(1, report.published());
        assertEquals(1, report.deadLettered());
        awaitArticle("Harbour board approves ferry timetable");
        DeadLetter letter = deadLetterFor(big.toString());
        assertEquals("ingest", letter.getStage());
        assertTrue(letter.getReason().contains("max.article.bytes"), letter.getReason());
        assertEquals(Files.size(big), letter.getValueSize());
    }

    @Test
    void shouldDeadLetterAOneMebibyteRecordWrittenPastIngestAndProcessTheNextOne() {
        send(stack, raw("big-record", "Big record\n\n" + "Dock workers voted on the offer. ".repeat(33_000)));
        send(stack, raw("small-record", "Dock workers accept pay offer\n\nDock workers accepted the pay offer on Tuesday."));
        awaitArticle("Dock workers accept pay offer");
        DeadLetter letter = deadLetterFor("big-record");
        assertEquals("process", letter.getStage());
        assertTrue(letter.getReason().contains("max.article.bytes"), letter.getReason());
        assertTrue(letter.getValue().remaining() < 64 * 1024, "kept " + letter.getValue().remaining() + " bytes");
    }

    @Test
    void shouldReadAPageNestedFiveThousandDeepAndTheNextArticleOnItsPartition() {
        // Readability4J overflowed its stack on this page: the stream thread died, was replaced and read it again,
        // and the article behind it waited about five minutes.
        // Paragraphs spread over many containers, so that Readability is asked for a second reading.
        String paragraph = "<p>" + "The lock gates were replaced over the weekend by the canal trust. ".repeat(6) + "</p>";
        String spread = ("<section><div>" + paragraph + "</div></section><article><span>" + "Photo gallery. ".repeat(5)
                + "</span></article>").repeat(12);
        String nested = "<div>".repeat(5_000) + spread + "</div>".repeat(5_000);
        RawArticle deep = RawArticle.newBuilder(raw("deep-page", "")).setContentType("text/html")
                .setBody(ByteBuffer.wrap(("<html><head><title>Lock gates replaced</title></head><body>" + nested + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8))).build();
        send(stack, deep, 0);
        send(stack, raw("after-deep-page", "Canal reopens to barges\n\nThe canal reopened to barges on Monday morning."), 0);
        awaitArticle("Canal reopens to barges");
        awaitArticle("Lock gates replaced");
    }

    private static void awaitArticle(String title) {
        awaitArticle(stack, title);
    }

    static void awaitArticle(TestStack stack, String title) {
        Instant start = Instant.now();
        stack.readUntil(stack.stack.topics().enriched(),
                records -> records.stream().map(ConsumerRecord::value).map(Article::getTitle).anyMatch(title::equals), WAIT);
        System.out.println("'" + title + "' out after " + Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    private static DeadLetter deadLetterFor(String key) {
        return stack.readUntil(stack.stack.topics().deadLetters(), r -> r.stream().anyMatch(x -> key.equals(x.key())), WAIT)
                .stream().filter(x -> key.equals(x.key())).findFirst().orElseThrow().value();
    }

    private static Path write(String name, String text) throws IOException {
        Path file = inputs.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    static RawArticle raw(String id, String text) {
        return RawArticle.newBuilder().setId(id).setSource("tests").setContentType("text/plain").setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))).setFetchedAt(Instant.now()).build();
    }

    /** A producer that does not apply ingest's limits, as any other application writing raw articles might. */
    static void send(TestStack stack, RawArticle article) {
        send(stack, article, null);
    }

    static void send(TestStack stack, RawArticle article, Integer partition) {
        Map<String, Object> props = new HashMap<>(stack.config().clientProperties());
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        AvroSerializer<RawArticle> values = new AvroSerializer<>();
        values.configure(props, false);
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(props, new StringSerializer(), values)) {
            producer.send(new ProducerRecord<>(stack.stack.topics().raw().name(), partition, article.getId(), article));
        }
    }
}
