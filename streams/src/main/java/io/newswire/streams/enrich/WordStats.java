package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word statistics from the Brown corpus (press reportage excluded): document frequencies for the
 * TF-IDF prior, and how often a word is written lower-case, to tell a capitalised sentence opener
 * ("Many", "Though") from a name ("Moscow").
 */
public final class WordStats {

    private record Counts(int df, int lower, int upper) {
    }

    private final Map<String, Counts> counts = new HashMap<>();
    private final Set<String> stopwords;
    private final int documents;

    private WordStats() {
        int docs = 0;
        for (String[] row : Lexicon.rows("word-stats.tsv")) {
            if (row[0].equals("@docs")) {
                docs = Integer.parseInt(row[1]);
            } else {
                counts.put(row[0], new Counts(Integer.parseInt(row[1]), Integer.parseInt(row[2]), Integer.parseInt(row[3])));
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
        Counts c = counts.get(lowerWord);
        return c == null ? 0 : c.df;
    }

    public boolean isStopword(String lowerWord) {
        return stopwords.contains(lowerWord);
    }

    /** A word also written in lower case now and then: an ordinary noun as well as part of names ("commission"). */
    public boolean isAlsoOrdinaryWord(String word) {
        Counts c = counts.get(word.toLowerCase(Locale.ROOT));
        return c != null && c.lower >= 3;
    }

    /** A word seen mostly in lower case: capitalised, it is probably just opening a sentence. */
    public boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (stopwords.contains(lower)) {
            return true;
        }
        Counts c = counts.get(lower);
        return c != null && c.lower >= 3 && c.lower >= c.upper;
    }
}
