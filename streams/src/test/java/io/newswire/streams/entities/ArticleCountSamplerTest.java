package io.newswire.streams.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleCountSamplerTest {

    @Test
    void shouldCountEachArticleBelowTheExactLimit() {
        for (long articles = 0; articles < ArticleCountSampler.EXACT; articles++) {
            assertEquals(1, ArticleCountSampler.step(articles, "article-" + articles, "anna-berg"));
        }
    }

    @Test
    void shouldAddOneArticleOnAverageBeyondTheExactLimit() {
        long total = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            total += ArticleCountSampler.step(100, "article-" + i, "anna-berg");
        }
        assertEquals(1.0, (double) total / draws, 0.1);
    }

    @Test
    void shouldStepByAPowerOfTwoSoTheCountMeetsEachDoubling() {
        long articles = ArticleCountSampler.EXACT;
        int i = 0;
        while (articles < 1024) {
            articles += ArticleCountSampler.step(articles, "article-" + i++, "anna-berg");
            assertTrue(articles <= 1024);
        }
        assertEquals(1024, articles);
    }

    @Test
    void shouldDrawTheSameStepWhenAnArticleIsReplayed() {
        for (int i = 0; i < 100; i++) {
            assertEquals(ArticleCountSampler.step(500, "article-" + i, "anna-berg"), ArticleCountSampler.step(500, "article-" + i, "anna-berg"));
        }
    }
}
