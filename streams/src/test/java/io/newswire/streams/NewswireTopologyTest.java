package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewswireTopologyTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldParseHeaderDateSectionAndAuthor() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("port", TestPipeline.fixture("header-byline.txt"));
            Article article = pipeline.enriched.readValue();
            assertEquals("Valdora port approves second container terminal after year of talks", article.getTitle());
            assertEquals(LocalDate.of(2024, 3, 12), article.getPublishedDate());
            assertNull(article.getPublishedAt());
            assertEquals("Business", article.getSection());
            assertEquals(List.of("Marta Oyelaran"), article.getAuthors());
        }
    }

    @Test
    void shouldDropRepeatedTitleAndWidgetJunkFromBody() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("port", TestPipeline.fixture("header-byline.txt"));
            String body = pipeline.enriched.readValue().getBody();
            assertFalse(body.contains("approves second container terminal"), body);
            assertFalse(body.contains("Share this"), body);
            assertFalse(body.contains("More news"), body);
            assertFalse(body.contains("Like this"), body);
            assertFalse(body.contains("recipes"), body);
            assertTrue(body.startsWith("The Valdora Port Authority on Tuesday"), body);
            assertTrue(body.endsWith("the authority said."), body);
            assertEquals(3, body.split("\n\n").length);
        }
    }

    @Test
    void shouldTakeFirstLineAsTitleWhenThereIsNoHeader() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood", TestPipeline.fixture("title-first.txt"));
            Article article = pipeline.enriched.readValue();
            assertEquals("Flood barriers hold as river peaks in Lindenholm", article.getTitle());
            assertNull(article.getPublishedDate());
            assertNull(article.getSection());
            assertTrue(article.getAuthors().isEmpty());
            assertFalse(article.getBody().contains("Adjust Comment Print"));
            assertFalse(article.getBody().contains("Advertisement"));
        }
    }

    @Test
    void shouldKeepKeyAndCarryIdentityFields() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("flood-1", TestPipeline.fixture("title-first.txt"));
            KeyValue<String, Article> record = pipeline.enriched.readKeyValue();
            assertEquals("flood-1", record.key);
            assertEquals("flood-1", record.value.getId());
            assertEquals("test-outlet", record.value.getSource());
            assertEquals(TestPipeline.FETCHED, record.value.getIngestedAt());
        }
    }

    @Test
    void shouldLeaveDateAbsentWhenHeaderDateIsOdd() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("odd", "Published: sometime last spring\nCouncil votes\n\nThe council voted.".getBytes(StandardCharsets.UTF_8));
            Article article = pipeline.enriched.readValue();
            assertEquals("Council votes", article.getTitle());
            assertNull(article.getPublishedDate());
        }
    }

    @Test
    void shouldSendEmptyBodyToDeadLetters() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("empty", TestPipeline.fixture("title-only.txt"));
            assertTrue(pipeline.enriched.isEmpty());
            DeadLetter letter = pipeline.deadLetters.readValue();
            assertEquals("process", letter.getStage());
            assertTrue(letter.getReason().startsWith("empty body"), letter.getReason());
            assertEquals("parse-article", letter.getProcessor());
        }
    }

    @Test
    void shouldSendBinaryJunkToDeadLettersWithOriginalBytes() {
        byte[] junk = new byte[64];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 8);
        }
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("junk", junk);
            KeyValue<String, DeadLetter> record = pipeline.deadLetters.readKeyValue();
            assertEquals("junk", record.key);
            assertTrue(record.value.getReason().startsWith("binary content"), record.value.getReason());
            assertEquals(pipeline.topics.raw().name(), record.value.getTopic());
            assertEquals(0L, record.value.getOffset());
            assertTrue(record.value.getValue().remaining() > junk.length);
        }
    }

    /**
     * TopologyTestDriver (4.3.1) does not capture dead-letter records returned by the deserialization
     * handler; that they reach news.dlq is proven against a real broker in PipelineIT.
     */
    @Test
    void shouldSkipUndeserializableRecordAndGoOn() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.rawBytes.pipeInput("garbage", "not avro at all".getBytes(StandardCharsets.UTF_8));
            pipeline.pipe("flood", TestPipeline.fixture("title-first.txt"));
            assertEquals("flood", pipeline.enriched.readKeyValue().key);
            assertTrue(pipeline.enriched.isEmpty());
        }
    }

    @Test
    void shouldKeepTextWithAFewInvalidBytesAndSaySo() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.raw.pipeInput("latin1", declaredUtf8("latin1",
                    new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', 'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n', 's', '.'}));
            assertTrue(pipeline.enriched.readValue().getTextWarnings().get(0).contains("replaced with U+FFFD"));
            assertTrue(pipeline.deadLetters.isEmpty());
        }
    }

    @Test
    void shouldSendMostlyUndecodableTextToDeadLetters() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.raw.pipeInput("garbage", declaredUtf8("garbage", new byte[] {'T', '\n', '\n', (byte) 0xE9, (byte) 0xE9, (byte) 0xE9, (byte) 0xE9, '.'}));
            assertTrue(pipeline.deadLetters.readValue().getReason().startsWith("mostly undecodable"));
        }
    }

    /** Bytes a producer said were UTF-8 (a text file, a JSON line), so nothing is guessed. */
    private static io.newswire.avro.RawArticle declaredUtf8(String id, byte[] body) {
        io.newswire.avro.RawArticle raw = TestPipeline.rawArticle(id, body);
        raw.setCharset("UTF-8");
        return raw;
    }
}
