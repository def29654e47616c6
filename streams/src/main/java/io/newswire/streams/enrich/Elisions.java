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
    /**
     * The capital articles that open a sentence before a name ("L'Italia", "Qu'Angela Merkel", "All'Onu"); not "D'" nor
     * "N'", which open names themselves (D'Alema, N'Djamena).
     */
    private static final List<String> OPENING_BEFORE_NAMES = List.of("l", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "all", "nell", "sull", "dall");
    private static final int LONGEST = 6;
    /** How far into a word the apostrophe after an elided article can stand. */
    private static final int REACH = Math.max(LONGEST, OPENING_BEFORE_NAMES.stream().mapToInt(String::length).max().orElse(0)) + 2;
    /** Elided words that open names rather than articles: Italian "Sant'" ("Sant'Agata", "Sant'Orsola"), one word with its name. */
    private static final List<String> NAME_ELISIONS = List.of("sant");

    private Elisions() {
    }

    /** The elided articles that stand for "of" inside a name ("Côte d'Ivoire", "Banca dell'Umbria"), so a name goes on over them. */
    private static final List<String> OF = List.of("d", "dell");

    /** The length of an elided "of" article ("d'", "dell'") at {@code i}, apostrophe included, before a letter; 0 when none. */
    static int ofLength(String text, int i) {
        for (String article : OF) {
            int end = i + article.length();
            if (text.regionMatches(true, i, article, 0, article.length()) && end + 1 < text.length()
                    && apostrophe(text.charAt(end)) && Character.isLetter(text.charAt(end + 1))) {
                return article.length() + 1;
            }
        }
        return 0;
    }

    /** Whether the text is an elided "of" article alone, as it stands between two tokens ("d'", "dell’"). */
    static boolean isOf(String text) {
        int n = text.length() - 1;
        return n > 0 && apostrophe(text.charAt(n)) && OF.stream().anyMatch(article -> text.regionMatches(true, 0, article, 0, n) && article.length() == n);
    }

    private static boolean apostropheBefore(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (apostrophe(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * Where the word after a spaced elided article starts ("d' Italia", "D' Alema", "dell' Interno"), or -1: the word
     * text[start, end) is an article of the lists, then an apostrophe, one space and a letter. Wikinews' text (the
     * Italian NER set) and pages that space typographic apostrophes write them so; read as written, "Banca d' Italia"
     * had been a bank and Italy, "Massimo D' Alema" a person "Massimo D." and a name "Alema".
     */
    static int spacedWordStart(String text, int start, int end, int limit) {
        if (end + 2 >= limit || !apostrophe(text.charAt(end)) || text.charAt(end + 1) != ' ' || !Character.isLetter(text.charAt(end + 2))
                || end - start > LONGEST) {
            return -1;
        }
        for (int k = start + 1; k < end; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return -1;
            }
        }
        String article = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        return ARTICLES.contains(article) || NAME_ELISIONS.contains(article) ? end + 2 : -1;
    }

    /** The length of the elided article opening the word text[start, end), its apostrophe included; 0 when none. */
    static int articleLength(String text, int start, int end) {
        return articleLength(text, start, end, false);
    }

    /**
     * As {@link #articleLength(String, int, int)}; where the word opens a sentence ({@code opensSentence}), a capital article
     * before a capital is the article too ("L'Italia ha battuto", "L'Onu", "L'État", "Qu'Angela Merkel"): read as one word,
     * Italy had been lost from such sentences. The caller keeps a name the gazetteer knows whole ("L'Aquila", "L'Oréal").
     */
    static int articleLength(String text, int start, int end, boolean opensSentence) {
        // Asked of every word of every text, most of which hold no apostrophe where an article could end.
        if (!apostropheBefore(text, start, Math.min(end, start + REACH))) {
            return 0;
        }
        if (opensSentence) {
            for (String article : OPENING_BEFORE_NAMES) {
                int at = start + article.length();
                if (at + 2 < end && text.regionMatches(true, start, article, 0, article.length()) && apostrophe(text.charAt(at))
                        && Character.isUpperCase(text.charAt(at + 1))) {
                    return article.length() + 1;
                }
            }
        }
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
