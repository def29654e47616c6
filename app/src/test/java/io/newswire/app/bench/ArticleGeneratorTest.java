package io.newswire.app.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    @Test
    void shouldGenerateTheSameArticlesFromTheSameSeed() {
        List<byte[]> first = new ArticleGenerator(5, 3).generate(6);
        List<byte[]> second = new ArticleGenerator(5, 3).generate(6);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
    }

    @Test
    void shouldWriteAboutThreeKilobytesInTheSeedForm() {
        byte[] article = new ArticleGenerator(5, 3).generate(1).get(0);
        String text = new String(article, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Published: "), text);
        assertTrue(article.length > 2000 && article.length < 4500, String.valueOf(article.length));
    }

    @Test
    void shouldGiveEachEventSeveralArticles() {
        List<String> heads = new ArticleGenerator(5, 3).generate(6).stream()
                .map(a -> new String(a, StandardCharsets.UTF_8).split("\n")[3]).toList();
        assertEquals(heads.get(0), heads.get(1));
        assertEquals(heads.get(1), heads.get(2));
    }
}
