package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageSlimmerTest {

    private static RawArticle page(String html, String contentType, Charset charset) {
        return RawArticle.newBuilder().setId("p").setSource("test").setContentType(contentType).setCharset(charset.name())
                .setBody(ByteBuffer.wrap(html.getBytes(charset))).setFetchedAt(Instant.EPOCH).build();
    }

    private static String body(RawArticle article) {
        return StandardCharsets.UTF_8.decode(article.getBody().duplicate()).toString();
    }

    @Test
    void shouldKeepTheArticleAndItsJsonLdButNotScriptsStylesOrInlineData() {
        String html = "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2026-12-01\"}</script>"
                + "<script src=\"app.js\"></script><style>p{}</style></head><body><!-- ad slot -->"
                + "<p style=\"color:red\" data-track=\"1\" class=\"lead\">The harbour reopened on Monday.</p><svg><path d=\"M0\"/></svg></body></html>";
        String slim = body(PageSlimmer.slim(page(html, "text/html", StandardCharsets.UTF_8)).orElseThrow());
        assertTrue(slim.contains("<p class=\"lead\">The harbour reopened on Monday.</p>"), slim);
        assertTrue(slim.contains("datePublished"), slim);
        for (String gone : new String[] {"app.js", "<style", "ad slot", "data-track", "color:red", "<svg"}) {
            assertFalse(slim.contains(gone), gone + " still in " + slim);
        }
    }

    @Test
    void shouldReencodeThePageAsUtf8() {
        RawArticle slim = PageSlimmer.slim(page("<p>Bürgermeisterin Müller</p>", "text/html; charset=ISO-8859-1", StandardCharsets.ISO_8859_1))
                .orElseThrow();
        assertEquals("UTF-8", slim.getCharset());
        assertTrue(body(slim).contains("Bürgermeisterin Müller"), body(slim));
    }

    @Test
    void shouldLeaveAnythingButHtmlAlone() {
        assertTrue(PageSlimmer.slim(page("Plain text", "text/plain", StandardCharsets.UTF_8)).isEmpty());
    }
}
