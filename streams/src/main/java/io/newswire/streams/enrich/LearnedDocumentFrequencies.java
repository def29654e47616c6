package io.newswire.streams.enrich;

import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Document frequencies = a shipped prior (Brown corpus) + what the stream has seen, the latter in a
 * count-min sketch (4 × 16,384 counters, 256 KB) so that learning costs no state-store write per term;
 * the sketch is snapshotted to a state store as one value. Counts can only be over-estimated, by at
 * most 0.02% of the documents seen with 98% probability per term.
 */
public final class LearnedDocumentFrequencies implements DocumentFrequencies {

    private static final int DEPTH = 4;
    private static final int WIDTH = 1 << 14;
    private static final long[] SEEDS = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L, 0xD6E8FEB86659FD93L};

    private final WordStats prior;
    private final int[][] counts = new int[DEPTH][WIDTH];
    private long learnedDocuments;

    public LearnedDocumentFrequencies(WordStats prior) {
        this.prior = prior;
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
        return prior.priorDocumentFrequency(term) + min;
    }

    @Override
    public void add(Set<String> terms) {
        learnedDocuments++;
        for (String term : terms) {
            int h = term.hashCode();
            for (int d = 0; d < DEPTH; d++) {
                counts[d][index(h, d)]++;
            }
        }
    }

    private static int index(int hash, int depth) {
        long h = (hash ^ SEEDS[depth]) * 0xff51afd7ed558ccdL;
        return (int) ((h ^ (h >>> 31)) & (WIDTH - 1));
    }

    public byte[] snapshot() {
        ByteBuffer buffer = ByteBuffer.allocate(8 + DEPTH * WIDTH * 4);
        buffer.putLong(learnedDocuments);
        for (int[] row : counts) {
            for (int c : row) {
                buffer.putInt(c);
            }
        }
        return buffer.array();
    }

    public void restore(byte[] snapshot) {
        ByteBuffer buffer = ByteBuffer.wrap(snapshot);
        learnedDocuments = buffer.getLong();
        for (int[] row : counts) {
            for (int i = 0; i < WIDTH; i++) {
                row[i] = buffer.getInt();
            }
        }
    }
}
