package io.newswire.streams.enrich;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * One-permutation MinHash with rotation densification: every word 5-shingle is hashed once (FNV-1a over its
 * words, each followed by a space, then MurmurHash3's finaliser), its top 7 bits choose one of 128 bins and
 * the bin keeps its smallest low 32 bits. Two signatures agree in a bin with probability equal to the Jaccard
 * similarity of the shingle sets. Five words, stopwords kept: shorter shingles ("one of the") are shared by
 * unrelated news; five-word runs are shared passages.
 */
public final class MinHasher {

    public static final int BINS = 128;
    public static final int SHINGLE_WORDS = 5;
    private static final long EMPTY = 0xFFFFFFFFL + 1;

    /** A signature and the number of distinct shingles it summarises. */
    public record Signature(int[] bins, int shingles) {

        public byte[] toBytes() {
            ByteBuffer buffer = ByteBuffer.allocate(BINS * 4);
            for (int bin : bins) {
                buffer.putInt(bin);
            }
            return buffer.array();
        }

        public static Signature fromBytes(byte[] bytes, int shingles) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int[] bins = new int[BINS];
            for (int i = 0; i < BINS; i++) {
                bins[i] = buffer.getInt();
            }
            return new Signature(bins, shingles);
        }

        /** Estimated Jaccard similarity of the two shingle sets. */
        public double similarity(Signature other) {
            int same = 0;
            for (int i = 0; i < BINS; i++) {
                if (bins[i] == other.bins[i]) {
                    same++;
                }
            }
            return same / (double) BINS;
        }

        /** Estimated share of this text's shingles that the other text also has. */
        public double containmentIn(Signature other) {
            double j = similarity(other);
            if (shingles == 0) {
                return 0;
            }
            double shared = j * (shingles + other.shingles) / (1 + j);
            return Math.min(1.0, shared / shingles);
        }
    }

    public Signature sign(List<Token> tokens) {
        long[] min = new long[BINS];
        java.util.Arrays.fill(min, EMPTY);
        // Each word is hashed in five shingles: copied once into one array, each followed by a space, the
        // five-word run is a range of it and the hash loop reads plain chars (a third of the time of
        // hashing word by word through String.charAt; the same hashes).
        int count = tokens.size();
        int length = 0;
        for (int i = 0; i < count; i++) {
            length += tokens.get(i).lower().length() + 1;
        }
        char[] chars = new char[length];
        int[] wordStart = new int[count + 1];
        for (int i = 0, at = 0; i < count; i++) {
            String word = tokens.get(i).lower();
            word.getChars(0, word.length(), chars, at);
            at += word.length();
            chars[at++] = ' ';
            wordStart[i + 1] = at;
        }
        long[] shingles = new long[Math.max(0, count - SHINGLE_WORDS + 1)];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0xcbf29ce484222325L;
            for (int c = wordStart[i], end = wordStart[i + SHINGLE_WORDS]; c < end; c++) {
                h = (h ^ chars[c]) * 0x100000001b3L;
            }
            h = mix(h);
            shingles[i] = h;
            int bin = (int) (h >>> 57);
            long value = h & 0xFFFFFFFFL;
            if (value < min[bin]) {
                min[bin] = value;
            }
        }
        return new Signature(densify(min), distinct(shingles));
    }

    /** Distinct hashes, counted in an open-addressing table rather than by sorting (a seventh of the time). */
    static int distinct(long[] hashes) {
        int capacity = Integer.highestOneBit(Math.max(4, hashes.length)) << 2;
        long[] table = new long[capacity];
        boolean zero = false;
        int count = 0;
        for (long h : hashes) {
            if (h == 0) {
                // Zero marks a free slot, so the one hash equal to it is counted aside.
                count += zero ? 0 : 1;
                zero = true;
                continue;
            }
            int slot = (int) (h ^ (h >>> 32)) & (capacity - 1);
            while (table[slot] != 0 && table[slot] != h) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (table[slot] == 0) {
                table[slot] = h;
                count++;
            }
        }
        return count;
    }

    /** Empty bins borrow from the next filled bin (circularly), salted by the distance so they stay distinct. */
    private static int[] densify(long[] min) {
        int[] bins = new int[BINS];
        boolean any = false;
        for (long m : min) {
            any |= m != EMPTY;
        }
        for (int i = 0; i < BINS; i++) {
            if (min[i] != EMPTY || !any) {
                bins[i] = (int) (min[i] == EMPTY ? 0 : min[i]);
                continue;
            }
            int distance = 1;
            while (min[(i + distance) % BINS] == EMPTY) {
                distance++;
            }
            bins[i] = (int) mix(min[(i + distance) % BINS] + distance * 0x9E3779B97F4A7C15L);
        }
        return bins;
    }

    /** MurmurHash3's 64-bit finaliser: spreads FNV's weak high bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
