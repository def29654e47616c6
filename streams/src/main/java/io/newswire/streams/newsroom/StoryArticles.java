package io.newswire.streams.newsroom;

import io.newswire.avro.EventArticle;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.avro.internal.StoryQuote;

/** The part of an event's article a story page shows: the newsroom view keeps this, not the whole event. */
public final class StoryArticles {

    private StoryArticles() {
    }

    /** @return null when the event carries no article */
    public static StoryArticle of(StoryEvent event) {
        EventArticle article = event.getArticle();
        if (article == null) {
            return null;
        }
        return StoryArticle.newBuilder()
                .setId(article.getId())
                .setStoryId(event.getStory().getId())
                .setTitle(article.getTitle())
                .setSource(article.getSource())
                .setUrl(article.getUrl())
                .setTime(article.getTime())
                .setQuotations(article.getQuotations().stream()
                        .map(q -> new StoryQuote(q.getText(), q.getSpeaker(), q.getSpeakerId(), q.getPartial()))
                        .toList())
                .build();
    }
}
