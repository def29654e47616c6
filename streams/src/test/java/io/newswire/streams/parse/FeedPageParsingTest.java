package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.avro.Article;
import io.newswire.avro.FeedEntryFields;
import io.newswire.avro.RawArticle;
import io.newswire.raw.RawArticleMetadata;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedPageParsingTest {

    private static final String PAGE = "<html><head><title>Ferry timetable</title>"
            + "<meta property=\"article:published_time\" content=\"2025-01-01T00:00:00Z\"><meta name=\"author\" content=\"Site Desk\">"
            + "</head><body><article><p>The harbour board approved the new ferry timetable on Monday, after a long debate about fares, "
            + "crews and the winter service to the islands.</p></article></body></html>";

    private static FeedEntryFields entry() {
        return FeedEntryFields.newBuilder().setFeed("https://coastal.example/rss").setTitle("Ferry timetable approved")
                .setPublished("Fri, 07 Jun 2024 08:30:00 GMT").setAuthors(List.of("Owen Pritchard", "Ana Ribeiro"))
                .setCategories(List.of("Transport")).setLink("https://coastal.example/ferry").build();
    }

    @Test
    void shouldLetTheFeedEntrysTitleTimeAndAuthorsWinOverThePages() {
        Article article = ArticleParser.withDefaults().parse(RawArticle.newBuilder(page(Map.of())).setFeedEntry(entry()).build());
        assertEquals("Ferry timetable approved", article.getTitle());
        assertEquals(Instant.parse("2024-06-07T08:30:00Z"), article.getPublishedAt());
        assertEquals(List.of("Owen Pritchard", "Ana Ribeiro"), article.getAuthors());
    }

    @Test
    void shouldReadAPlainTextFeedEntryWithTheEntrysTitleNotItsFirstLine() {
        String text = "The harbour board approved the new ferry timetable on Monday.\n\nFares stay as they are.";
        Article article = ArticleParser.withDefaults().parse(RawArticle.newBuilder(page(Map.of())).setContentType("text/plain")
                .setBody(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))).setFeedEntry(entry()).build());
        assertEquals("Ferry timetable approved", article.getTitle());
        assertEquals(text, article.getBody());
    }

    @Test
    void shouldLetTheFeedsPublishedTimeAndAuthorsWinInRecordsWrittenBeforeTypedEntries() {
        Article article = ArticleParser.withDefaults().parse(page(Map.of(
                RawArticleMetadata.FEED_PUBLISHED, "Fri, 07 Jun 2024 08:30:00 GMT",
                RawArticleMetadata.FEED_AUTHORS, "Owen Pritchard|Ana Ribeiro")));
        assertEquals(Instant.parse("2024-06-07T08:30:00Z"), article.getPublishedAt());
        assertEquals(List.of("Owen Pritchard", "Ana Ribeiro"), article.getAuthors());
    }

    @Test
    void shouldReadThePagesOwnFieldsWithoutAFeed() {
        Article article = ArticleParser.withDefaults().parse(page(Map.of()));
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), article.getPublishedAt());
        assertEquals(List.of("Site Desk"), article.getAuthors());
    }

    private static RawArticle page(Map<String, String> metadata) {
        return RawArticle.newBuilder().setId("p").setSource("s").setContentType("text/html").setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(PAGE.getBytes(StandardCharsets.UTF_8))).setFetchedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setMetadata(metadata).build();
    }
}
