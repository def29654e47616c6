package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an article is about, as TF-IDF over its content words (names included: "lohan" and "rehab" both
 * say what happened), title words counting double, document frequencies learned from the stream. Raw
 * term counts rather than log counts, so a word the article keeps returning to outranks a rare word
 * used once. The top of this vector is both what clustering compares and the keywords users see.
 * Scores are scaled so the best keyword is 1.
 */
public final class KeywordExtractor {

    /** A keyword and its relative weight in the article. */
    public record Keyword(String term, double score) {
    }

    static final int TOP = 20;

    private final WordStats words;

    public KeywordExtractor(WordStats words) {
        this.words = words;
    }

    /** Terms that count for TF-IDF: lower-cased words of three letters or more that are not stop words. */
    public Map<String, Integer> termCounts(AnalyzedText text) {
        return termCounts(text, LanguageProfile.english());
    }

    /** The same, with the stopwords of the article's language (English keeps the project's own list). */
    public Map<String, Integer> termCounts(AnalyzedText text, LanguageProfile language) {
        Map<String, Integer> tf = new HashMap<>();
        for (Token t : text.tokens()) {
            String term = t.norm().toLowerCase(Locale.ROOT);
            if (term.length() < 3 || !Character.isLetter(term.charAt(0))
                    || (language.isEnglish() ? words.isStopword(term) : language.isStopword(term))) {
                continue;
            }
            tf.merge(term, text.inTitle(t) ? 2 : 1, Integer::sum);
        }
        return tf;
    }

    public List<Keyword> extract(Map<String, Integer> termCounts, DocumentFrequencies df) {
        double n = df.documents() + 1.0;
        List<Keyword> scored = new ArrayList<>(termCounts.size());
        termCounts.forEach((term, count) -> scored.add(new Keyword(term,
                count * Math.log(n / (df.documentFrequency(term) + 1.0)))));
        scored.sort((a, b) -> Double.compare(b.score(), a.score()) != 0 ? Double.compare(b.score(), a.score())
                : a.term().compareTo(b.term()));
        List<Keyword> top = scored.subList(0, Math.min(TOP, scored.size()));
        double best = top.isEmpty() ? 1 : top.get(0).score();
        return top.stream().map(k -> new Keyword(k.term(), Math.round(k.score() / best * 1000) / 1000.0)).toList();
    }
}
