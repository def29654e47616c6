package io.newswire.streams.entities;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * How much one more article adds to an entity's article count: exactly one up to {@value #EXACT}, beyond that
 * a count of n moves in steps of s = n / 8 (rounded down to a power of two) taken with probability 1 / s, which is
 * Morris's approximate counting with about eight steps per doubling (relative error about a quarter).
 * <p>Why: every counted article rewrites the entity's catalogue record, and each rewrite is a changelog record; a
 * name in every article of a busy story was a write per article. Sampled, a name in n articles costs about
 * 16 + 8·log2(n / 16) writes. The draw is a hash of the article and the entity, not a random number, so a replay
 * after a failure counts exactly as the first run did. The sampled article also carries the type vote (weighted by
 * the step) and the last-seen time; aliases are learned from every article.
 */
final class ArticleCountSampler {

    static final long EXACT = 16;

    private ArticleCountSampler() {
    }

    /** The step to add to {@code articles} for this article's mention of the entity: 0 when it is not sampled. */
    static long step(long articles, String articleId, String entityId) {
        if (articles < EXACT) {
            return 1;
        }
        long step = Long.highestOneBit(articles / 8);
        int draw = StringHelper.murmurhash3_x86_32(new BytesRef(entityId), StringHelper.murmurhash3_x86_32(new BytesRef(articleId), 0x4e57));
        return (draw & (step - 1)) == 0 ? step : 0;
    }
}
