package io.newswire.streams.stories;

import io.newswire.avro.Article;

/**
 * How alike two stories are, where no learned model applies: whether two stories an article fits are one
 * (their centroids, before a merge) and whether stories in two languages report one event. A weighted
 * sum of the cosines of the sub-vectors (entities carry the "who" and "where", content words the "what"),
 * damped by a Gaussian of the distance between published times when both sides state one. A fetch time
 * says when we looked, not when it happened, so it is no evidence either way. Which story an article
 * joins is the {@link StoryModel}'s decision.
 */
public record StorySimilarity(double entityWeight, double sigmaDays) {

    /** Set by hand on the two public development sets (see docs/stories.md); σ of 30 days because a story's coverage runs for weeks. */
    public static final StorySimilarity DEFAULT = new StorySimilarity(0.5, 30.0);
    /** Cross-language similarity (see {@link #acrossLanguages}) at which two stories are linked. */
    public static final double LINK_THRESHOLD = 0.5;
    static final int MIN_SHARED_ENTITIES = 2;

    /**
     * Across languages only what no language changes can be compared: entity ids (one id per entity in
     * every language and script) and stated times. Content words never match across languages.
     */
    public double acrossLanguages(Article a, Article b) {
        return acrossLanguages(linkedVector(ArticleFeatures.of(a)), linkedVector(ArticleFeatures.of(b)));
    }

    /**
     * What the linker compares of a story of this one article: its centroid's strongest entities and its
     * stated time, if any (StoryLinker#update).
     */
    private static StoryVector linkedVector(ArticleFeatures article) {
        return StoryVector.ofEntities(Vectors.top(article.entities(), StoryLinker.LINKED_ENTITIES),
                article.dated() ? article.time() : StoryVector.UNDATED);
    }

    /**
     * One shared entity is no evidence: two unrelated stories of one country share it. Two or more shared
     * ids, weighted by salience, and the time factor.
     */
    double acrossLanguages(StoryVector a, StoryVector b) {
        return a.sharedEntities(b) < MIN_SHARED_ENTITIES ? 0 : timeFactor(a, b) * a.entityCosine(b);
    }

    /** Two stories' centroids, for deciding a merge (either side may be an article): only stated times on both sides damp the score. */
    double score(StoryVector a, StoryVector b) {
        return timeFactor(a, b) * (entityWeight * a.entityCosine(b) + (1 - entityWeight) * a.termCosine(b));
    }

    private double timeFactor(StoryVector a, StoryVector b) {
        return a.datedTime == StoryVector.UNDATED || b.datedTime == StoryVector.UNDATED ? 1 : decay(a.datedTime - b.datedTime);
    }

    private double decay(long millis) {
        double days = Math.abs(millis) / 86_400_000.0;
        return Math.exp(-(days * days) / (2 * sigmaDays * sigmaDays));
    }
}
