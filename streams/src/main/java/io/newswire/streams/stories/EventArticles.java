package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.avro.EventArticle;
import io.newswire.streams.parse.EventTime;

/**
 * The article a CREATED or ARTICLE_ADDED event carries. The newsroom view builds story pages from it, so it
 * reads news.events alone instead of re-keying every enriched article by story (1.5 records per article).
 */
public final class EventArticles {

    private EventArticles() {
    }

    public static EventArticle of(Article article) {
        return EventArticle.newBuilder()
                .setId(article.getId())
                .setTitle(article.getTitle())
                .setSource(article.getSource())
                .setUrl(article.getUrl())
                .setTime(EventTime.of(article))
                .setQuotations(article.getQuotations())
                .build();
    }
}
