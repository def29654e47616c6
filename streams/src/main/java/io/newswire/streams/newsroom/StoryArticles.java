package io.newswire.streams.newsroom;

import io.newswire.avro.Article;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.avro.internal.StoryQuote;
import io.newswire.streams.parse.EventTime;

/** The part of an enriched article a story page shows: the newsroom view keeps this, not the whole body. */
public final class StoryArticles {

    private StoryArticles() {
    }

    public static StoryArticle of(Article article) {
        return StoryArticle.newBuilder()
                .setId(article.getId())
                .setStoryId(article.getStoryId())
                .setTitle(article.getTitle())
                .setSource(article.getSource())
                .setUrl(article.getUrl())
                .setTime(EventTime.of(article))
                .setQuotations(article.getQuotations().stream()
                        .map(q -> new StoryQuote(q.getText(), q.getSpeaker(), q.getSpeakerId(), q.getPartial()))
                        .toList())
                .build();
    }
}
