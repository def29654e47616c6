package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** TF-IDF over content words; title words count double. Scores are scaled so the best keyword is 1. */
public final class KeywordExtractor {

    /** A keyword and its relative weight in the article. */
    public record Keyword(String term, double score) {
    }

    private static final int TOP = 10;

    private final WordStats words;

    public KeywordExtractor(WordStats words) {
        this.words = words;
    }

    /**
     * Terms that count for TF-IDF: lower-cased content words of three letters or more. Entity names and
     * words capitalised mid-sentence are left out: they are reported as entities.
     */
    public Map<String, Integer> termCounts(AnalyzedText text, java.util.Set<String> entityWords) {
        Map<String, Integer> tf = new HashMap<>();
        for (Token t : text.tokens()) {
            String term = t.norm().toLowerCase(Locale.ROOT);
            if (term.length() < 3 || !Character.isLetter(term.charAt(0)) || words.isStopword(term) || entityWords.contains(term)
                    || (t.capitalised() && t.position() > 0 && !(text.headlineCase() && text.inTitle(t)))) {
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
                (1 + Math.log(count)) * Math.log(n / (df.documentFrequency(term) + 1.0)))));
        scored.sort((a, b) -> Double.compare(b.score(), a.score()) != 0 ? Double.compare(b.score(), a.score())
                : a.term().compareTo(b.term()));
        List<Keyword> top = scored.subList(0, Math.min(TOP, scored.size()));
        double best = top.isEmpty() ? 1 : top.get(0).score();
        return top.stream().map(k -> new Keyword(k.term(), Math.round(k.score() / best * 1000) / 1000.0)).toList();
    }
}
