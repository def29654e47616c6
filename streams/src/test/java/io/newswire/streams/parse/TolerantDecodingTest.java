package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TolerantDecodingTest {

    private static final String PARAGRAPH = "<p>The harbour board approved the new ferry timetable on Monday, after a long debate "
            + "about fares, crews and the winter service to the islands.</p>";

    @Test
    void shouldKeepAPageDeclaringUtf8WithAFewLatin1BytesAndSayWhatWasReplaced() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes(("<html><head><meta charset=\"utf-8\"><title>Ferry timetable</title></head><body><article>" + PARAGRAPH)
                .getBytes(StandardCharsets.UTF_8));
        page.writeBytes("<p>The caf\u00e9 on the quay will open earlier.</p>".getBytes(StandardCharsets.ISO_8859_1));
        page.writeBytes("</article></body></html>".getBytes(StandardCharsets.UTF_8));
        Article article = ArticleParser.withDefaults().parse(raw("text/html", page.toByteArray(), null));
        assertTrue(article.getBody().contains("caf\uFFFD on the quay"), article.getBody());
        assertEquals(1, article.getTextWarnings().size());
        assertTrue(article.getTextWarnings().get(0).contains("replaced with U+FFFD"), article.getTextWarnings().toString());
    }

    @Test
    void shouldGuessTheCharsetOfAPageThatDeclaresNone() {
        String text = "<html><head><title>\u041f\u043e\u0440\u0442</title></head><body><article>"
                + ("<p>\u0421\u043e\u0432\u0435\u0442 \u043f\u043e\u0440\u0442\u0430 \u0443\u0442\u0432\u0435\u0440\u0434\u0438\u043b "
                + "\u043d\u043e\u0432\u043e\u0435 \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0435 \u043f\u0430\u0440\u043e\u043c\u043e\u0432 "
                + "\u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a, \u043f\u043e\u0441\u043b\u0435 \u0434\u043e\u043b\u0433\u0438\u0445 "
                + "\u0441\u043f\u043e\u0440\u043e\u0432 \u043e \u0446\u0435\u043d\u0430\u0445.</p>").repeat(4)
                + "</article></body></html>";
        Article article = ArticleParser.withDefaults().parse(raw("text/html", text.getBytes(Charset.forName("windows-1251")), null));
        assertTrue(article.getBody().contains("\u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0435"), article.getBody());
        assertTrue(article.getTextWarnings().isEmpty(), article.getTextWarnings().toString());
    }

    @Test
    void shouldReportMojibake() {
        String body = "The caf\u00c3\u00a9 owners said it\u00e2\u20ac\u2122s time to act, and the council agreed on Monday.";
        Article article = ArticleParser.withDefaults().parse(raw("application/json",
                ("{\"title\":\"Cafe\",\"body\":\"" + body + "\"}").getBytes(StandardCharsets.UTF_8), "UTF-8"));
        assertTrue(article.getTextWarnings().stream().anyMatch(w -> w.contains("mojibake")), article.getTextWarnings().toString());
    }

    @Test
    void shouldRefuseTextThatIsMostlyGarbage() {
        byte[] garbage = new byte[400];
        for (int i = 0; i < garbage.length; i += 2) {
            garbage[i] = (byte) 0xC3;
            garbage[i + 1] = (byte) 0x28;
        }
        UnparseableArticleException error = assertThrows(UnparseableArticleException.class,
                () -> ArticleParser.withDefaults().parse(raw("text/plain", garbage, "UTF-8")));
        assertTrue(error.getMessage().startsWith("mostly undecodable"), error.getMessage());
    }

    @Test
    void shouldTitleAPageWithoutAnyTitleByItsFirstSentence() {
        String page = "<html><body><article>" + PARAGRAPH + PARAGRAPH + "</article></body></html>";
        Article article = ArticleParser.withDefaults().parse(raw("text/html", page.getBytes(StandardCharsets.UTF_8), "UTF-8"));
        assertEquals("The harbour board approved the new ferry timetable on Monday, after a long debate about fares, crews and the winter service to the islands.",
                article.getTitle());
    }

    @Test
    void shouldTitleAPageByItsFirstHeadingWhenItHasNoTitleOrH1() {
        String page = "<html><body><article><h2>Ferry timetable approved</h2>" + PARAGRAPH + "</article></body></html>";
        Article article = ArticleParser.withDefaults().parse(raw("text/html", page.getBytes(StandardCharsets.UTF_8), "UTF-8"));
        assertEquals("Ferry timetable approved", article.getTitle());
    }

    private static RawArticle raw(String contentType, byte[] body, String charset) {
        return RawArticle.newBuilder().setId("a").setSource("s").setContentType(contentType).setCharset(charset)
                .setBody(ByteBuffer.wrap(body)).setFetchedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }
}
