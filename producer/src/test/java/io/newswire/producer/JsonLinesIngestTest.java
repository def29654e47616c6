package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.topics.NewswireTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesIngestTest {

    @TempDir
    Path dir;

    private final MockKafka kafka = new MockKafka();
    private final NewswireTopics topics = kafka.topics;
    private final MockProducer<String, RawArticle> articles = kafka.articles;
    private final MockProducer<String, DeadLetter> deadLetters = kafka.deadLetters;

    private IngestReport ingest(String content) throws IOException {
        Path file = dir.resolve("wire").resolve("feed.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return new FileIngestor(new TextArticleReader(Clock.systemUTC()),
                kafka.publisher(articles, Clock.systemUTC())).ingest(List.of(dir));
    }

    @Test
    void shouldPublishOneArticlePerLine() throws IOException {
        IngestReport report = ingest("""
                {"title":"Ferry fares frozen","body":"The council froze fares.","url":"https://example.org/ferry?utm_source=x"}
                {"id":"wire-42","title":"Bridge reopens","body":"The bridge reopened.","source":"river-post"}
                """);
        assertEquals(2, report.published());
        RawArticle first = articles.history().get(0).value();
        assertEquals("https://example.org/ferry", first.getId());
        assertEquals("application/json", first.getContentType());
        assertEquals("example.org", first.getSource());
        assertEquals("wire-42", articles.history().get(1).key());
        assertEquals("river-post", articles.history().get(1).value().getSource());
    }

    @Test
    void shouldNameTheDirectoryAsOutletOfALineWithoutUrlOrSource() throws IOException {
        ingest("{\"title\":\"Ferry fares frozen\",\"body\":\"The council froze fares.\"}\n");
        assertEquals("wire", articles.history().get(0).value().getSource());
    }

    @Test
    void shouldHashAnIdTooLongToBeAKey() throws IOException {
        ingest("{\"id\":\"" + "x".repeat(10_000) + "\",\"title\":\"T\",\"body\":\"Text.\"}\n");
        assertTrue(articles.history().get(0).key().startsWith("sha256:"), articles.history().get(0).key());
    }

    @Test
    void shouldDeadLetterBadLineWithItsNumberAndGoOn() throws IOException {
        IngestReport report = ingest("""
                {"title":"Ferry fares frozen","body":"The council froze fares."}
                {"title": broken
                {"title":"No body here"}
                {"title":"Bridge reopens","body":"The bridge reopened."}
                """);
        assertEquals(2, report.published());
        assertEquals(2, report.deadLettered());
        DeadLetter broken = deadLetters.history().get(0).value();
        assertTrue(broken.getOrigin().endsWith("feed.jsonl:2"), broken.getOrigin());
        assertTrue(broken.getReason().startsWith("line 2: not valid JSON"), broken.getReason());
        assertTrue(deadLetters.history().get(1).value().getReason().contains("neither \"body\" nor \"html\""));
    }

    @Test
    void shouldDeadLetterAnEmptyFile() throws IOException {
        IngestReport report = ingest("\n\n");
        assertEquals(0, report.published());
        assertEquals(1, report.deadLettered());
        assertTrue(deadLetters.history().get(0).value().getReason().contains("no JSON lines"));
    }

    @Test
    void shouldGiveEachLineWithAnEmptyOrStructuredIdAnIdOfItsOwn() throws IOException {
        ingest("""
                {"id":"","title":"Ferry fares frozen","body":"The council froze fares."}
                {"id":{},"title":"Bridge reopens","body":"The bridge reopened."}
                {"id":[],"title":"Harbour dredged","body":"Dredging began."}
                """);
        assertEquals(3, articles.history().stream().map(r -> r.key()).distinct().count());
        assertTrue(articles.history().stream().noneMatch(r -> r.key().isEmpty()));
    }

    @Test
    void shouldKeepALineWithAFewBytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = "{\"title\":\"Caf\u00e9 owners protest\",\"body\":\"Owners of the caf\u00e9 on the quay protested on Monday.\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        IngestReport report = ingestBytes(latin1);
        assertEquals(1, report.published());
        assertEquals(0, report.deadLettered());
    }

    @Test
    void shouldDeadLetterALineOfGarbageAndReadTheRest() throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write("{\"title\":\"Ferry\",\"body\":\"Fares frozen.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < 40; i++) {
            all.write(0xC3);
            all.write(0x28);
        }
        all.write('\n');
        all.write("{\"title\":\"Bridge\",\"body\":\"Reopened.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IngestReport report = ingestBytes(all.toByteArray());
        assertEquals(2, report.published());
        assertEquals(1, report.deadLettered());
        assertTrue(deadLetters.history().get(0).value().getReason().startsWith("line 2: not UTF-8 text"),
                deadLetters.history().get(0).value().getReason());
    }

    private IngestReport ingestBytes(byte[] content) throws IOException {
        Path file = dir.resolve("wire").resolve("feed.jsonl");
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return new FileIngestor(new TextArticleReader(Clock.systemUTC()),
                kafka.publisher(articles, Clock.systemUTC())).ingest(List.of(dir));
    }

    @Test
    void shouldUseCanonicalLinkOfHtmlPageAsId() throws IOException {
        Path page = dir.resolve("site").resolve("story.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<html><head><link rel=\"canonical\" href=\"https://Example.org/story/\"></head><body><p>x</p></body></html>");
        new FileIngestor(new TextArticleReader(Clock.systemUTC()), kafka.publisher(articles, Clock.systemUTC()))
                .ingest(List.of(page));
        assertEquals("https://example.org/story", articles.history().get(0).key());
        assertEquals("text/html", articles.history().get(0).value().getContentType());
    }
}
