package io.newswire.streams.enrich;

/**
 * The first letters of cue words, packed into longs in a small open-addressing table: asked of every word of an
 * article, it must stay in cache and make no garbage, which a set of strings (a substring per word) did not.
 */
final class CuePrefixes {

    /** The first letters a word must share with a cue (or all of a shorter cue) to be looked up further. */
    static final int LENGTH = 4;

    private final long[] slots = new long[4096];

    void add(String word) {
        long key = pack(word, Math.min(LENGTH, word.length()));
        int i = slot(key);
        while (slots[i] != 0 && slots[i] != key) {
            i = (i + 1) & (slots.length - 1);
        }
        slots[i] = key;
    }

    /** Terms have at least three letters (KeywordExtractor); a cue of three ("gol", "tor") is its own prefix. */
    boolean beginsLikeACue(String term) {
        return contains(term, Math.min(LENGTH, term.length())) || (term.length() > LENGTH - 1 && contains(term, LENGTH - 1));
    }

    private boolean contains(String word, int length) {
        long key = pack(word, length);
        for (int i = slot(key); slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
            if (slots[i] == key) {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to four letters without their accents (stemmers drop some: Spanish "política" → "polit", German "Märkte" →
     * "markt"; Russian ё → е) and the length, folded into a long. Two prefixes that fold alike only cost a needless
     * stem lookup, since the match itself is by stem. 0 marks an empty slot, so no key is 0.
     */
    private static long pack(String word, int length) {
        long key = length;
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            key = (key << 15) ^ (c == 'ё' ? 'е' : Lexicon.fold(c));
        }
        return key == 0 ? 1 : key;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 52) & (slots.length - 1);
    }
}
