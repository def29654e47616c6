package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MisdecodedTextTest {

    @Test
    void shouldKeepAnArticleWhoseTextHoldsReplacementCharacters() {
        String body = "Caf\uFFFD owners in S\uFFFDo Paulo said the new rules would raise prices. "
                + "The mayor\uFFFDs office said the change was needed.";
        String json = "{\"title\":\"Caf\uFFFD rules\",\"body\":\"" + body + "\"}";
        RawArticle raw = RawArticle.newBuilder().setId("a").setSource("s").setContentType("application/json").setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8))).setFetchedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        Article article = ArticleParser.withDefaults().parse(raw);
        assertTrue(article.getBody().contains("Paulo"), article.getBody());
    }

    @Test
    void shouldTakeTheFirstLineAsTitleWhenJsonHasNone() {
        RawArticle raw = RawArticle.newBuilder().setId("a").setSource("s").setContentType("application/json").setCharset("UTF-8")
                .setBody(ByteBuffer.wrap("{\"body\":\"Dockers strike in Velmar\\nThe strike began on Monday.\"}".getBytes(StandardCharsets.UTF_8)))
                .setFetchedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        assertEquals("Dockers strike in Velmar", ArticleParser.withDefaults().parse(raw).getTitle());
    }

    private static RawArticle json(String line) {
        return RawArticle.newBuilder().setId("a").setSource("s").setContentType("application/json").setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8))).setFetchedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }

    @Test
    void shouldRefuseABodyWithNothingVisible() {
        UnparseableArticleException error = org.junit.jupiter.api.Assertions.assertThrows(UnparseableArticleException.class,
                () -> ArticleParser.withDefaults().parse(json("{\"title\":\"T\",\"body\":\"\u200b\u200b\u200b\"}")));
        assertTrue(error.getMessage().contains("no visible text"), error.getMessage());
    }

    @Test
    void shouldDropAnImplausiblePublishedDate() {
        Article article = ArticleParser.withDefaults().parse(json("{\"title\":\"T\",\"body\":\"Text.\",\"published\":\"0000-01-01\"}"));
        assertEquals(null, article.getPublishedDate());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), article.getEventTime());
    }
}
