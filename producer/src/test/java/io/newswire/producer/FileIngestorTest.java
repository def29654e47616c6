package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestorTest {

    @TempDir
    Path dir;

    private final MockKafka kafka = new MockKafka();
    private final NewswireTopics topics = kafka.topics;
    private final MockProducer<String, RawArticle> articles = kafka.articles;
    private final MockProducer<String, DeadLetter> deadLetters = kafka.deadLetters;

    @Test
    void shouldPublishEveryArticleKeyedById() throws IOException {
        write("tide-post/1.txt", "Ferry fares rise\n\nFares rise in May.");
        write("tide-post/2.txt", "Bridge closes\n\nThe bridge closes for repairs.");
        IngestReport report = ingestor().ingest(List.of(dir));
        assertEquals(2, report.published());
        assertTrue(report.success());
        assertEquals(topics.raw().name(), articles.history().get(0).topic());
        assertEquals(articles.history().get(0).value().getId(), articles.history().get(0).key());
    }

    @Test
    void shouldDeadLetterUnreadableFileAndGoOn() throws IOException {
        Files.createDirectories(dir.resolve("feed"));
        Files.write(dir.resolve("feed/0-bad.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
        write("feed/1-good.txt", "Council meets\n\nThe council met on Tuesday.");
        IngestReport report = ingestor().ingest(List.of(dir));
        assertEquals(1, report.published());
        assertEquals(1, report.deadLettered());
        DeadLetter letter = deadLetters.history().get(0).value();
        assertEquals("ingest", letter.getStage());
        assertTrue(letter.getReason().startsWith("not text"), letter.getReason());
        assertEquals(3, letter.getValue().remaining());
    }

    @Test
    void shouldDeadLetterMissingPath() {
        IngestReport report = ingestor().ingest(List.of(dir.resolve("nowhere.txt")));
        assertEquals(1, report.deadLettered());
        assertTrue(report.success());
    }

    @Test
    void shouldDeadLetterRecordRejectedByBroker() throws Exception {
        MockProducer<String, RawArticle> manual = kafka.articleProducer(false);
        write("a/1.txt", "Huge\n\nText.");
        RawArticlePublisher publisher = kafka.publisher(manual, Clock.systemUTC());
        publisher.publish(new TextArticleReader(Clock.systemUTC()).read(dir.resolve("a/1.txt")), "a/1.txt");
        manual.errorNext(new RecordTooLargeException("over max.request.size"));
        IngestReport report = publisher.finish();
        assertEquals(1, report.deadLettered());
        assertTrue(report.success());
    }

    @Test
    void shouldPublishAPageOverTheLimitWithoutItsScriptsAndStyles() throws Exception {
        String script = "<script>window.__STATE__ = \"" + "x".repeat(1_500_000) + "\";</script>";
        write("a/big.html", "<html><head><title>Harbour reopens</title><style>p{color:red}</style>" + script + "</head><body>"
                + "<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after repairs.</p></article></body></html>");
        IngestReport report = new FileIngestor(new TextArticleReader(Clock.systemUTC()),
                kafka.publisher(articles, Clock.systemUTC(), 1024 * 1024)).ingest(List.of(dir));
        assertEquals(1, report.published());
        RawArticle published = articles.history().get(0).value();
        assertTrue(published.getBody().remaining() < 1024, published.getBody().remaining() + " bytes");
        assertEquals("UTF-8", published.getCharset());
    }

    @Test
    void shouldDeadLetterAnArticleOverTheSizeLimitWithABoundedPrefixAndItsHash() throws Exception {
        String big = "Huge file\n\n" + "A sentence of the body that repeats. ".repeat(60_000);
        write("a/big.txt", big);
        write("a/small.txt", "Small\n\nText.");
        IngestReport report = new FileIngestor(new TextArticleReader(Clock.systemUTC()),
                kafka.publisher(articles, Clock.systemUTC(), 1024 * 1024)).ingest(List.of(dir));
        assertEquals(1, report.published());
        assertEquals(1, report.deadLettered());
        DeadLetter letter = deadLetters.history().get(0).value();
        assertTrue(letter.getReason().contains("max.article.bytes"), letter.getReason());
        assertEquals(big.length(), letter.getValueSize());
        assertEquals(io.newswire.errors.DeadLetters.MAX_KEPT_VALUE_BYTES, letter.getValue().remaining());
        assertEquals(64, letter.getValueSha256().length());
    }

    @Test
    void shouldReportUndeliveredWhenRetriesRunOut() throws Exception {
        MockProducer<String, RawArticle> manual = kafka.articleProducer(false);
        write("a/1.txt", "Slow\n\nText.");
        RawArticlePublisher publisher = kafka.publisher(manual, Clock.systemUTC());
        publisher.publish(new TextArticleReader(Clock.systemUTC()).read(dir.resolve("a/1.txt")), "a/1.txt");
        manual.errorNext(new TimeoutException("Expiring 1 record(s)"));
        IngestReport report = publisher.finish();
        assertEquals(1, report.undelivered().size());
        assertFalse(report.success());
        assertFalse(publisher.stopped());
    }

    @Test
    void shouldStopOnFatalError() throws Exception {
        MockProducer<String, RawArticle> manual = kafka.articleProducer(false);
        write("a/1.txt", "Denied\n\nText.");
        RawArticlePublisher publisher = kafka.publisher(manual, Clock.systemUTC());
        publisher.publish(new TextArticleReader(Clock.systemUTC()).read(dir.resolve("a/1.txt")), "a/1.txt");
        manual.errorNext(new TopicAuthorizationException("not allowed to write"));
        assertTrue(publisher.stopped());
        assertFalse(publisher.finish().success());
    }

    private FileIngestor ingestor() {
        return new FileIngestor(new TextArticleReader(Clock.systemUTC()),
                kafka.publisher(articles, Clock.systemUTC()));
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
