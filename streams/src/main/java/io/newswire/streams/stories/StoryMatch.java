package io.newswire.streams.stories;

import java.util.List;

/**
 * The sub-similarities of an article and a candidate story that the {@link StoryModel} weighs, after Miranda
 * et al. (EMNLP 2018): cosines of the entity and content-word vectors, how many entities they share, how far
 * apart their stated times are, and how established the story is. Only what the compact {@link StoryVector}s
 * hold, so candidates are scored without loading their stories.
 */
final class StoryMatch {

    static final List<String> FEATURES = List.of("bias", "entity_cosine", "term_cosine", "entity_x_term", "shared_entities",
            "time_gaussian_30d", "log_days_apart", "log_story_size", "dated_entity_cosine", "dated_term_cosine", "time_gaussian_3d", "time_gaussian_10d");
    private static final double SIGMA_DAYS = 30;
    private static final int SHARED_CAP = 5;

    private StoryMatch() {
    }

    static double[] of(StoryVector article, StoryVector story) {
        double entities = article.entityCosine(story);
        double terms = article.termCosine(story);
        boolean dated = bothDated(article, story);
        double days = dated ? Math.abs(article.datedTime - story.datedTime) / 86_400_000.0 : 0;
        double near = dated ? gaussian(days, SIGMA_DAYS) : 0;
        return new double[] {
            1,
            entities,
            terms,
            entities * terms,
            Math.min(SHARED_CAP, article.sharedEntities(story)) / (double) SHARED_CAP,
            near,
            Math.log1p(days),
            Math.log1p(Math.max(1, story.size)),
            // Damped by time, as the hand-set formula did: a look-alike story months away fits less on every count.
            near * entities,
            near * terms,
            // Narrower scales too: one actor's two events weeks apart (two launches, two summits) differ here.
            dated ? gaussian(days, 3) : 0,
            dated ? gaussian(days, 10) : 0};
    }

    /** Whether both sides state a time: only then do the time features say anything (they are 0 otherwise). */
    static boolean bothDated(StoryVector article, StoryVector story) {
        return article.datedTime != StoryVector.UNDATED && story.datedTime != StoryVector.UNDATED;
    }

    /** Whether both sides state a time or neither does: the pairs the trainer learns from (see the class comment). */
    static boolean sameRegime(StoryVector article, StoryVector story) {
        return (article.datedTime == StoryVector.UNDATED) == (story.datedTime == StoryVector.UNDATED);
    }

    private static double gaussian(double days, double sigma) {
        return Math.exp(-(days * days) / (2 * sigma * sigma));
    }
}
