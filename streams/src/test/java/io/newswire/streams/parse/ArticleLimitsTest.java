package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleLimitsTest {

    private static final ArticleLimits SMALL = new ArticleLimits(4096, 1000, Duration.ofSeconds(30));

    @Test
    void shouldRefuseARawArticleOverTheByteLimitNamingTheSetting() {
        String line = "{\"title\":\"T\",\"body\":\"" + "word ".repeat(2000) + "\"}";
        UnparseableArticleException error = assertThrows(UnparseableArticleException.class,
                () -> ArticleParser.withLimits(SMALL).parse(json(line)));
        assertTrue(error.getMessage().contains("max.article.bytes"), error.getMessage());
    }

    @Test
    void shouldRefuseABodyOverTheCharacterLimitNamingTheSetting() {
        String line = "{\"title\":\"T\",\"body\":\"" + "word ".repeat(300) + "\"}";
        UnparseableArticleException error = assertThrows(UnparseableArticleException.class,
                () -> ArticleParser.withLimits(SMALL).parse(json(line)));
        assertTrue(error.getMessage().contains("max.body.chars") && error.getMessage().contains("1500"), error.getMessage());
    }

    @Test
    void shouldGiveUpOnAPageOnceItsTimeBudgetIsSpent() {
        ArticleLimits noTime = new ArticleLimits(1 << 20, 100_000, Duration.ZERO);
        String page = "<html><head><title>T</title></head><body><p>" + "Words in a paragraph, long enough. ".repeat(20)
                + "</p></body></html>";
        RawArticle raw = raw("text/html", page);
        Deadline.ArticleTooSlowException error = assertThrows(Deadline.ArticleTooSlowException.class,
                () -> ArticleParser.withLimits(noTime).parse(raw));
        assertTrue(error.getMessage().contains("parse.budget.ms"), error.getMessage());
    }

    private static RawArticle json(String line) {
        return raw("application/json", line);
    }

    private static RawArticle raw(String contentType, String body) {
        return RawArticle.newBuilder().setId("a").setSource("s").setContentType(contentType).setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8))).setFetchedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }
}
