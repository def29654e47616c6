package io.newswire.streams.enrich;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The elided articles and pronouns of French, Italian and Catalan ("l'Ukraine", "dell'Unione", "qu'il"): what
 * follows the apostrophe is the word, so a name written after one is found as a name. The lists are Lucene's:
 * FrenchAnalyzer's public {@code DEFAULT_ARTICLES}, and ItalianAnalyzer's and CatalanAnalyzer's, which Lucene
 * keeps private and are copied here. A capital article is split off only before a lower-case word: before a
 * capital it is part of a name ("D'Alema", "L'Aquila"); English contractions never start with one of these ("don't", "it's").
 */
final class Elisions {

    private static final List<String> ITALIAN = List.of("c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell",
            "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d");
    private static final List<String> CATALAN = List.of("d", "l", "m", "n", "s", "t");
    private static final CharArraySet ARTICLES = articles();
    private static final int LONGEST = 6;

    private Elisions() {
    }

    /** The length of the elided article opening the word text[start, end), its apostrophe included; 0 when none. */
    static int articleLength(String text, int start, int end) {
        boolean capital = Character.isUpperCase(text.charAt(start));
        for (int k = capital ? start + 1 : start; k < end && k <= start + LONGEST; k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '\u2019') {
                // A capital article before a lower-case word opens a sentence ("L'aéroport est fermé"), not a name.
                boolean split = k > start && k + 1 < end && (!capital || Character.isLowerCase(text.charAt(k + 1)))
                        && ARTICLES.contains(capital ? text.substring(start, k).toLowerCase(java.util.Locale.ROOT) : text.subSequence(start, k));
                return split ? k + 1 - start : 0;
            }
            if (!Character.isLowerCase(c)) {
                return 0;
            }
        }
        return 0;
    }

    private static CharArraySet articles() {
        CharArraySet set = new CharArraySet(FrenchAnalyzer.DEFAULT_ARTICLES, false);
        set.addAll(ITALIAN);
        set.addAll(CATALAN);
        return CharArraySet.unmodifiableSet(set);
    }
}
