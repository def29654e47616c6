package io.newswire.streams.stories;

import io.newswire.avro.internal.StoryState;
import java.util.Map;

/**
 * How well an article fits a story: cosine of keyword weights and weighted Jaccard of entity
 * saliences (entities weigh more: they carry the "who" and "where" of an event), damped by a
 * Gaussian of the time since the story's last article (σ = 3 days, after Miranda et al. 2018).
 */
final class StorySimilarity {

    static final double ENTITY_WEIGHT = 0.65;
    static final double SIGMA_DAYS = 3.0;

    private StorySimilarity() {
    }

    static double score(ArticleFeatures article, StoryState story) {
        double days = Math.abs(article.time() - story.getStory().getLastSeen().toEpochMilli()) / 86_400_000.0;
        double decay = Math.exp(-(days * days) / (2 * SIGMA_DAYS * SIGMA_DAYS));
        int n = story.getStory().getArticleCount();
        return decay * (ENTITY_WEIGHT * weightedJaccard(article.entities(), story.getEntities(), n)
                + (1 - ENTITY_WEIGHT) * cosine(article.terms(), story.getTerms()));
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            na += e.getValue() * e.getValue();
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        for (double v : b.values()) {
            nb += v * v;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Story weights are sums over its articles, so they are averaged before comparing. */
    static double weightedJaccard(Map<String, Double> article, Map<String, Double> storySums, int articles) {
        double min = 0;
        double max = 0;
        for (Map.Entry<String, Double> e : article.entrySet()) {
            double s = storySums.getOrDefault(e.getKey(), 0.0) / Math.max(1, articles);
            min += Math.min(e.getValue(), s);
            max += Math.max(e.getValue(), s);
        }
        for (Map.Entry<String, Double> e : storySums.entrySet()) {
            if (!article.containsKey(e.getKey())) {
                max += e.getValue() / Math.max(1, articles);
            }
        }
        return max == 0 ? 0 : min / max;
    }
}
