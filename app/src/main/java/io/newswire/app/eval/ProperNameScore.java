package io.newswire.app.eval;

import java.util.List;
import java.util.Locale;

/**
 * Token-level precision and recall of proper-name detection. Strict: a predicted word is right only
 * if its tag marks a name. Lenient: a predicted connecting word (and, of, the, &) also counts when it
 * sits between two gold words of the same sentence, e.g. "and" in "Bank and Trust".
 */
public final class ProperNameScore {

    private final java.util.function.Predicate<TaggedText.Word> isGold;
    private long predicted;
    private long gold;
    private long truePositives;
    private long lenientTruePositives;

    /** Gold as the main view defines it: proper nouns and title words. */
    public ProperNameScore() {
        this(TaggedText.Word::gold);
    }

    /** Gold by another view, e.g. {@link TaggedText.Word#properNoun()} for proper nouns alone. */
    public ProperNameScore(java.util.function.Predicate<TaggedText.Word> isGold) {
        this.isGold = isGold;
    }

    public void add(TaggedText text, boolean[] predictedWords) {
        List<TaggedText.Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            TaggedText.Word w = words.get(i);
            boolean p = predictedWords[i];
            if (isGold.test(w)) {
                gold++;
            }
            if (!p) {
                continue;
            }
            predicted++;
            if (isGold.test(w)) {
                truePositives++;
                lenientTruePositives++;
            } else if (insideGoldName(words, i)) {
                lenientTruePositives++;
            }
        }
    }

    private static final java.util.Set<String> CONNECTOR_TAGS = java.util.Set.of("cc", "in", "at", "to", "&");

    /** A connecting word (and, of, the, &) between two gold words: part of the name it sits in. */
    private boolean insideGoldName(List<TaggedText.Word> words, int i) {
        return CONNECTOR_TAGS.contains(words.get(i).tag()) && i > 0 && i + 1 < words.size()
                && isGold.test(words.get(i - 1)) && isGold.test(words.get(i + 1))
                && words.get(i - 1).sentence() == words.get(i).sentence() && words.get(i + 1).sentence() == words.get(i).sentence();
    }

    public double precision() {
        return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : truePositives / (double) gold;
    }

    public double lenientPrecision() {
        return predicted == 0 ? 0 : lenientTruePositives / (double) predicted;
    }

    /** Lenient recall equals strict recall: every gold word is a name word by definition. */
    public double f1() {
        return f1(precision(), recall());
    }

    public String report() {
        double p = precision();
        double r = recall();
        double lp = lenientPrecision();
        return String.format(Locale.ROOT, "gold name words %d, predicted %d%n"
                        + "strict:  precision %.3f  recall %.3f  F1 %.3f%n"
                        + "lenient: precision %.3f  recall %.3f  F1 %.3f (words inside a gold name count)",
                gold, predicted, p, r, f1(p, r), lp, r, f1(lp, r));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
