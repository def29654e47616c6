package io.newswire.streams.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word statistics from the Brown corpus (press reportage excluded): document frequencies for the
 * TF-IDF prior, and how often a word is written lower-case, to tell a capitalised sentence opener
 * ("Many", "Though") from a name ("Moscow").
 */
public final class WordStats {

    private final CountTable counts;
    private final Set<String> stopwords;
    private final int documents;

    private WordStats() {
        int docs = 0;
        List<String[]> rows = Lexicon.rows("word-stats.tsv");
        counts = new CountTable(rows.size());
        for (String[] row : rows) {
            if (row[0].equals("@docs")) {
                docs = Integer.parseInt(row[1]);
            } else {
                counts.put(row[0], Integer.parseInt(row[1]), Integer.parseInt(row[2]), Integer.parseInt(row[3]));
            }
        }
        documents = docs;
        // A HashSet, not Set.copyOf: asked of every token, and its nodes compare cached hashes before equals.
        stopwords = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(String.join(" ", Lexicon.lines("stopwords.txt")).split("\\s+"))));
    }

    private static final class Holder {
        private static final WordStats INSTANCE = new WordStats();
    }

    public static WordStats get() {
        return Holder.INSTANCE;
    }

    public int priorDocuments() {
        return documents;
    }

    public int priorDocumentFrequency(String lowerWord) {
        long c = counts.get(lowerWord);
        return c < 0 ? 0 : CountTable.df(c);
    }

    public boolean isStopword(String lowerWord) {
        return stopwords.contains(lowerWord);
    }

    /** A word also written in lower case now and then: an ordinary noun as well as part of names ("commission"). */
    public boolean isAlsoOrdinaryWord(String word) {
        long c = counts.get(word.toLowerCase(Locale.ROOT));
        return c >= 0 && CountTable.lower(c) >= 3;
    }

    /** A word seen mostly in lower case: capitalised, it is probably just opening a sentence. */
    public boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (stopwords.contains(lower)) {
            return true;
        }
        long c = counts.get(lower);
        return c >= 0 && CountTable.lower(c) >= 3 && CountTable.lower(c) >= CountTable.upper(c);
    }

    /**
     * Each word's three counts packed into one long beside the word's 64-bit hash, in one open-addressing array:
     * a lookup reads one cache line where a {@code HashMap<String, record>} read four (bucket, node, key, value),
     * and TF-IDF asks it of every term of every article. Two of the 24,790 words sharing a 64-bit hash is a
     * chance of about one in 10^10; the load checks that none does.
     */
    private static final class CountTable {
        private static final int BITS = 21;
        private static final long MAX = (1L << BITS) - 1;
        private final long[] slots;
        private final int mask;

        CountTable(int entries) {
            int capacity = Integer.highestOneBit(Math.max(2, entries) * 2) << 1;
            slots = new long[2 * capacity];
            mask = capacity - 1;
        }

        void put(String word, int df, int lower, int upper) {
            if (df > MAX || lower > MAX || upper > MAX || df < 0 || lower < 0 || upper < 0) {
                throw new IllegalStateException("word-stats.tsv: a count of \"" + word + "\" does not fit " + BITS + " bits");
            }
            long key = hash(word);
            int slot = slot(key);
            while (slots[2 * slot] != 0) {
                if (slots[2 * slot] == key) {
                    throw new IllegalStateException("word-stats.tsv: \"" + word + "\" is listed twice or shares its hash with another word");
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = ((long) df << (2 * BITS)) | ((long) lower << BITS) | upper;
        }

        /** The packed counts, or -1 when the word is not listed. */
        long get(String word) {
            long key = hash(word);
            int slot = slot(key);
            long found;
            while ((found = slots[2 * slot]) != 0) {
                if (found == key) {
                    return slots[2 * slot + 1];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        static int df(long counts) {
            return (int) (counts >>> (2 * BITS));
        }

        static int lower(long counts) {
            return (int) ((counts >>> BITS) & MAX);
        }

        static int upper(long counts) {
            return (int) (counts & MAX);
        }

        private int slot(long key) {
            return (int) (key ^ (key >>> 32)) & mask;
        }

        /** FNV-1a with MurmurHash3's finaliser; never 0, which marks an empty slot. */
        private static long hash(String word) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < word.length(); i++) {
                h = (h ^ word.charAt(i)) * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h == 0 ? 1 : h;
        }
    }
}
