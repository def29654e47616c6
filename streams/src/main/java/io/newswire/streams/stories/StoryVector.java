package io.newswire.streams.stories;

import io.newswire.avro.internal.StoryState;
import io.newswire.streams.enrich.NameVariants;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * What scoring needs of a story or an article, and nothing else: its entity and content-word vectors as
 * sorted 64-bit hashes with weights, their norms, and its stated time. Scoring the ≈ 40 candidate
 * stories of an article used to deserialise each one's whole Avro state (maps of strings, article
 * lists); this form decodes without building a string or a map, and the cosine is a merge of two sorted
 * arrays. A hash collision between two different words of one article and one story (2^-64 per pair)
 * is the price.
 */
final class StoryVector {

    static final long UNDATED = Long.MIN_VALUE;

    final long datedTime;
    /** Articles in the story (1 for an article): how established it is. */
    final int size;
    private final long[] entityKeys;
    private final double[] entityWeights;
    private final double entityNorm;
    private final long[] termKeys;
    private final double[] termWeights;
    private final double termNorm;

    private StoryVector(long datedTime, int size, long[] entityKeys, double[] entityWeights, long[] termKeys, double[] termWeights) {
        this.datedTime = datedTime;
        this.size = size;
        this.entityKeys = entityKeys;
        this.entityWeights = entityWeights;
        this.entityNorm = norm(entityWeights);
        this.termKeys = termKeys;
        this.termWeights = termWeights;
        this.termNorm = norm(termWeights);
    }

    static StoryVector of(ArticleFeatures article) {
        return of(article.entities(), article.terms(), article.dated() ? article.time() : UNDATED, 1);
    }

    /** A stated time, or {@link #UNDATED} where none is stated. */
    static long dated(Long datedTime) {
        return datedTime == null ? UNDATED : datedTime;
    }

    static StoryVector of(StoryState story) {
        return of(story.getEntities(), story.getTerms(), dated(story.getDatedTime()),
                story.getStory().getArticleCount());
    }

    private static StoryVector of(Map<String, Double> entities, Map<String, Double> terms, long datedTime, int size) {
        long[][] e = sorted(entities);
        long[][] t = sorted(terms);
        return new StoryVector(datedTime, size, e[0], weights(e[1]), t[0], weights(t[1]));
    }

    /**
     * Entity ids alone, for comparing stories across languages, where content words never match; a person's id
     * by the key its name has in every language's spelling ({@link NameVariants}: Poutine is Putin).
     */
    static StoryVector ofEntities(Map<String, Double> entities, long datedTime) {
        Map<String, Double> keyed = new java.util.HashMap<>(entities.size() * 2);
        entities.forEach((id, weight) -> keyed.merge(NameVariants.linkKey(id), weight, Math::max));
        return of(keyed, Map.of(), datedTime, 1);
    }

    /** How many entity ids the two vectors share. */
    int sharedEntities(StoryVector other) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < entityKeys.length && j < other.entityKeys.length) {
            if (entityKeys[i] == other.entityKeys[j]) {
                shared++;
                i++;
                j++;
            } else if (entityKeys[i] < other.entityKeys[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    double entityCosine(StoryVector other) {
        return cosine(entityKeys, entityWeights, entityNorm, other.entityKeys, other.entityWeights, other.entityNorm);
    }

    double termCosine(StoryVector other) {
        return cosine(termKeys, termWeights, termNorm, other.termKeys, other.termWeights, other.termNorm);
    }

    byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 + 8 + 16 * (entityKeys.length + termKeys.length));
        buffer.putLong(datedTime).putInt(size).putInt(entityKeys.length).putInt(termKeys.length);
        for (int i = 0; i < entityKeys.length; i++) {
            buffer.putLong(entityKeys[i]).putDouble(entityWeights[i]);
        }
        for (int i = 0; i < termKeys.length; i++) {
            buffer.putLong(termKeys[i]).putDouble(termWeights[i]);
        }
        return buffer.array();
    }

    static StoryVector fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long dated = buffer.getLong();
        int size = buffer.getInt();
        long[] entityKeys = new long[buffer.getInt()];
        long[] termKeys = new long[buffer.getInt()];
        double[] entityWeights = new double[entityKeys.length];
        double[] termWeights = new double[termKeys.length];
        for (int i = 0; i < entityKeys.length; i++) {
            entityKeys[i] = buffer.getLong();
            entityWeights[i] = buffer.getDouble();
        }
        for (int i = 0; i < termKeys.length; i++) {
            termKeys[i] = buffer.getLong();
            termWeights[i] = buffer.getDouble();
        }
        return new StoryVector(dated, size, entityKeys, entityWeights, termKeys, termWeights);
    }

    private static double cosine(long[] ak, double[] aw, double an, long[] bk, double[] bw, double bn) {
        if (an == 0 || bn == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ak.length && j < bk.length) {
            if (ak[i] == bk[j]) {
                dot += aw[i++] * bw[j++];
            } else if (ak[i] < bk[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (an * bn);
    }

    /** Keys (row 0) sorted ascending, with their weights' bits (row 1) alongside. */
    private static long[][] sorted(Map<String, Double> vector) {
        long[][] pairs = new long[vector.size()][];
        int n = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            pairs[n++] = new long[] {hash(e.getKey()), Double.doubleToLongBits(e.getValue())};
        }
        Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
        long[][] rows = new long[2][n];
        for (int i = 0; i < n; i++) {
            rows[0][i] = pairs[i][0];
            rows[1][i] = pairs[i][1];
        }
        return rows;
    }

    private static double[] weights(long[] bits) {
        double[] weights = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            weights[i] = Double.longBitsToDouble(bits[i]);
        }
        return weights;
    }

    private static double norm(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** 64-bit FNV-1a over the UTF-16 code units. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
