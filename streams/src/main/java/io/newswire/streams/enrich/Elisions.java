package io.newswire.streams.enrich;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The elided articles and pronouns of French, Italian and Catalan ("l'Ukraine", "dell'Unione", "qu'il"): what
 * follows the apostrophe is the word, so a name written after one is found as a name. The lists are Lucene's:
 * FrenchAnalyzer's public {@code DEFAULT_ARTICLES}, and ItalianAnalyzer's and CatalanAnalyzer's, which Lucene
 * keeps private and are copied here. Only a lower-case article is split off: a capital makes it part of a
 * name ("D'Alema", "L'Aquila"), and English contractions never start with one of these ("don't", "it's").
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
        for (int k = start; k < end && k <= start + LONGEST; k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '\u2019') {
                return k > start && k + 1 < end && ARTICLES.contains(text.subSequence(start, k)) ? k + 1 - start : 0;
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
