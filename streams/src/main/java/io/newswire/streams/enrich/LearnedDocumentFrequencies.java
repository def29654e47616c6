package io.newswire.streams.enrich;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Document frequencies per language = a shipped prior + what the stream has seen of that language, the latter in
 * a count-min sketch per language (4 × 16,384 counters, 256 KB) so that learning costs no state-store write per
 * term; each language's sketch is snapshotted to a state store as one value. Counts can only be over-estimated, by at most
 * 0.02% of the documents seen with 98% probability per term. The prior is the Brown corpus: English frequencies
 * for English; another language keeps only its document count, so that its first articles are weighed as rare
 * words are, and Brown's English counts never meet its words (German "will", "also", "hat").
 */
public final class LearnedDocumentFrequencies implements DocumentFrequencies {

    private static final int DEPTH = 4;
    private static final int WIDTH = 1 << 14;
    private static final long[] SEEDS = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L, 0xD6E8FEB86659FD93L};
    private static final String ENGLISH = "en";

    private final WordStats prior;
    private final Map<String, Sketch> languages = new TreeMap<>();

    public LearnedDocumentFrequencies(WordStats prior) {
        this.prior = prior;
    }

    @Override
    public DocumentFrequencies forLanguage(String code) {
        return languages.computeIfAbsent(code == null ? "und" : code, Sketch::new);
    }

    /** English, for callers that do not say which language. */
    @Override
    public long documents() {
        return forLanguage(ENGLISH).documents();
    }

    @Override
    public long documentFrequency(String term) {
        return forLanguage(ENGLISH).documentFrequency(term);
    }

    @Override
    public void add(Set<String> terms) {
        forLanguage(ENGLISH).add(terms);
    }

    private final class Sketch implements DocumentFrequencies {
        private final boolean english;
        private final int[][] counts = new int[DEPTH][WIDTH];
        private long learnedDocuments;
        private boolean changed;

        Sketch(String code) {
            this.english = code.equals(ENGLISH);
        }

        @Override
        public long documents() {
            return prior.priorDocuments() + learnedDocuments;
        }

        @Override
        public long documentFrequency(String term) {
            int h = term.hashCode();
            int min = Integer.MAX_VALUE;
            for (int d = 0; d < DEPTH; d++) {
                min = Math.min(min, counts[d][index(h, d)]);
            }
            return (english ? prior.priorDocumentFrequency(term) : 0) + min;
        }

        @Override
        public void add(Set<String> terms) {
            learnedDocuments++;
            changed = true;
            for (String term : terms) {
                int h = term.hashCode();
                for (int d = 0; d < DEPTH; d++) {
                    counts[d][index(h, d)]++;
                }
            }
        }
    }

    private static int index(int hash, int depth) {
        long h = (hash ^ SEEDS[depth]) * 0xff51afd7ed558ccdL;
        return (int) ((h ^ (h >>> 31)) & (WIDTH - 1));
    }

    /**
     * The sketches of the languages that learned something since the last call, each as one value: a snapshot
     * writes only what changed, not every language's 256 KB.
     */
    public Map<String, byte[]> changedSnapshots() {
        Map<String, byte[]> changed = new TreeMap<>();
        languages.forEach((code, sketch) -> {
            if (sketch.changed) {
                ByteBuffer buffer = ByteBuffer.allocate(8 + DEPTH * WIDTH * 4).putLong(sketch.learnedDocuments);
                for (int[] row : sketch.counts) {
                    for (int c : row) {
                        buffer.putInt(c);
                    }
                }
                changed.put(code, buffer.array());
                sketch.changed = false;
            }
        });
        return changed;
    }

    /** Restores one language's sketch from its snapshot. */
    public void restore(String code, byte[] snapshot) {
        ByteBuffer buffer = ByteBuffer.wrap(snapshot);
        read(buffer, (Sketch) forLanguage(code), buffer.getLong());
    }

    private static void read(ByteBuffer buffer, Sketch sketch, long documents) {
        sketch.learnedDocuments = documents;
        for (int[] row : sketch.counts) {
            for (int i = 0; i < WIDTH; i++) {
                row[i] = buffer.getInt();
            }
        }
    }
}
