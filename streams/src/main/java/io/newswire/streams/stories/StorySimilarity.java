package io.newswire.streams.stories;

import io.newswire.avro.internal.StoryState;
import java.util.Map;

/**
 * How well an article fits a story: a weighted sum of the cosines of its sub-vectors (entities carry
 * the "who" and "where", content words the "what"), damped by a Gaussian of the distance between
 * published times when both sides state one. A fetch time says when we looked, not when it happened,
 * so it is no evidence either way (an archive back-fill would otherwise split every event by arrival).
 */
public record StorySimilarity(double entityWeight, double sigmaDays) {

    /** Tuned on the two public development sets (see README); σ of 30 days because a story's coverage runs for weeks. */
    public static final StorySimilarity DEFAULT = new StorySimilarity(0.5, 30.0);

    double score(ArticleFeatures article, StoryState story) {
        return timeFactor(article, story) * content(article.entities(), article.terms(), story.getEntities(), story.getTerms());
    }

    /** Two stories' centroids, for deciding a merge. */
    double score(StoryState a, StoryState b) {
        double factor = a.getDatedTime() == null || b.getDatedTime() == null ? 1 : decay(a.getDatedTime() - b.getDatedTime());
        return factor * content(a.getEntities(), a.getTerms(), b.getEntities(), b.getTerms());
    }

    private double content(Map<String, Double> entitiesA, Map<String, Double> termsA,
                           Map<String, Double> entitiesB, Map<String, Double> termsB) {
        return entityWeight * Vectors.cosine(entitiesA, entitiesB) + (1 - entityWeight) * Vectors.cosine(termsA, termsB);
    }

    private double timeFactor(ArticleFeatures article, StoryState story) {
        return !article.dated() || story.getDatedTime() == null ? 1 : decay(article.time() - story.getDatedTime());
    }

    private double decay(long millis) {
        double days = Math.abs(millis) / 86_400_000.0;
        return Math.exp(-(days * days) / (2 * sigmaDays * sigmaDays));
    }
}
