package io.newswire.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SemEval-2022 Task 8's measure per language pair: the Pearson correlation between a similarity and the
 * annotators' overall score with its sign flipped (1 = same event … 4 = unrelated); and the clustering
 * view: of the pairs judged the same event (≤ 1.5) how many ended together, of the unrelated ones
 * (≥ 3.5) how many stayed apart.
 */
public final class SimilarityScore {

    private static final double SAME_EVENT = 1.5;
    private static final double UNRELATED = 3.5;

    private record Pair(double similarity, double overall, boolean together) {
    }

    private final Map<String, List<Pair>> pairs = new TreeMap<>();

    public void add(String languages, double similarity, double overall, boolean together) {
        pairs.computeIfAbsent(languages, k -> new ArrayList<>()).add(new Pair(similarity, overall, together));
    }

    /** Pearson's r of the similarity and −overall; NaN with fewer than two pairs or no spread. */
    public double pearson(String languages) {
        List<Pair> list = pairs.get(languages);
        // One formula over a few dozen pairs: no statistics library for it.
        int n = list.size();
        double mx = list.stream().mapToDouble(Pair::similarity).average().orElse(0);
        double my = list.stream().mapToDouble(p -> -p.overall()).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (Pair p : list) {
            double dx = p.similarity() - mx;
            double dy = -p.overall() - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return n < 2 || sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-7s %5s %8s %18s %18s%n", "pair", "n", "pearson",
                "same event joined", "unrelated apart"));
        for (Map.Entry<String, List<Pair>> e : pairs.entrySet()) {
            List<Pair> list = e.getValue();
            long same = list.stream().filter(p -> p.overall() <= SAME_EVENT).count();
            long joined = list.stream().filter(p -> p.overall() <= SAME_EVENT && p.together()).count();
            long unrelated = list.stream().filter(p -> p.overall() >= UNRELATED).count();
            long apart = list.stream().filter(p -> p.overall() >= UNRELATED && !p.together()).count();
            out.append(String.format(Locale.ROOT, "%-7s %5d %8.3f %18s %18s%n", e.getKey(), list.size(), pearson(e.getKey()),
                    joined + " of " + same, apart + " of " + unrelated));
        }
        return out.toString();
    }
}
