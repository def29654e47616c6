package io.newswire.app.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's scoring: multisets of 4-token shingles (tokens = \w+, Unicode,
 * case kept), per-page tp/fp/fn normalised so every page weighs the same, then mean precision over
 * pages with tp+fp > 0, mean recall over pages with tp+fn > 0, and F1 of the two means.
 */
public final class ExtractionScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    /** Adds one page and returns its F1. */
    public double add(String truth, String predicted) {
        Map<String, Integer> expected = shingles(truth);
        Map<String, Integer> actual = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : actual.entrySet()) {
            int t = expected.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            fn += Math.max(0, e.getValue() - actual.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        double p = fp == 0 && fn == 0 ? 1 : (tp + fp == 0 ? 0 : tp / (tp + fp));
        double r = fp == 0 && fn == 0 ? 1 : (tp + fn == 0 ? 0 : tp / (tp + fn));
        if (tp + fp > 0) {
            precisionSum += p;
            precisionPages++;
        }
        if (tp + fn > 0) {
            recallSum += r;
            recallPages++;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> shingles(String text) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < 4) {
            counts.put(String.join(" ", tokens), 1);
            return counts;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return counts;
    }

    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String report() {
        return String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f", precision(), recall(), f1());
    }
}
