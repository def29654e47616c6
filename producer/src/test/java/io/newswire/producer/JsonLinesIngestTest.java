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
        assertEquals("wire", first.getSource());
        assertEquals("wire-42", articles.history().get(1).key());
        assertEquals("river-post", articles.history().get(1).value().getSource());
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
