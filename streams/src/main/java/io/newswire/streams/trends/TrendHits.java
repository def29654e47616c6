package io.newswire.streams.trends;

import io.newswire.avro.Article;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.ArticleTrend;
import io.newswire.avro.internal.LinkingInput;
import io.newswire.streams.parse.EventTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What one article adds to the trends: one hit per news topic of each story change made for it (as the
 * per-topic streams carry it), and one per entity among its most salient.
 */
public final class TrendHits {

    static final double MIN_SALIENCE = 0.3;
    static final int ENTITIES = 5;

    /** One article counted under a trend key at a moment of event time. */
    public record Hit(String key, long at) {
    }

    private TrendHits() {
    }

    /** Key of a news topic's counts in the trend store and on news.trends. */
    public static String topicKey(String slug) {
        return "topic:" + slug;
    }

    /** Key of an entity's counts in the trend store and on news.trends. */
    public static String entityKey(String entityId) {
        return "entity:" + entityId;
    }

    /** The entities an article counts for, at its event time. */
    public static ArticleTrend of(Article article) {
        List<String> ids = article.getEntities().stream().filter(e -> e.getSalience() >= MIN_SALIENCE).limit(ENTITIES)
                .map(e -> e.getId()).toList();
        return new ArticleTrend(EventTime.of(article), ids);
    }

    public static List<Hit> of(LinkingInput input) {
        List<Hit> hits = new ArrayList<>();
        StoryEvent change = input.getChange();
        if (change != null && change.getArticleId() != null) {
            long at = change.getAt().toEpochMilli();
            change.getStory().getTopics().forEach(slug -> hits.add(new Hit(topicKey(slug), at)));
        }
        ArticleTrend trend = input.getArticleTrend();
        if (trend != null) {
            long at = trend.getAt().toEpochMilli();
            trend.getEntityIds().forEach(id -> hits.add(new Hit(entityKey(id), at)));
        }
        return hits;
    }
}
