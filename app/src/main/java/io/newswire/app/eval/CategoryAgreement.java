package io.newswire.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How categories behave where no category labels exist: per language, how many articles get one and which;
 * per language pair of annotated article pairs (SemEval-2022 Task 8), how often two articles judged the same
 * event (overall ≤ 1.5) share a category and the same top one, against unrelated pairs (≥ 3.5) as the chance
 * level. Same-event articles are about one thing, so a classifier that reads a language well agrees with
 * itself across them about as often in that language as in English.
 */
public final class CategoryAgreement {

    private static final double SAME_EVENT = 1.5;
    private static final double UNRELATED = 3.5;

    private final Map<String, int[]> coverage = new TreeMap<>();
    private final Map<String, Map<String, Integer>> tops = new TreeMap<>();
    private final Map<String, List<int[]>> pairs = new TreeMap<>();
    /** Per language: tone sum and count of articles whose top category is bad news, then of the others. */
    private final Map<String, double[]> tone = new TreeMap<>();
    private static final Set<String> BAD_NEWS = Set.of("disaster", "conflict", "crime");

    /**
     * An article of this language with its category codes, best first, and its tone score (null: no tone in
     * its language). Tone has no labelled set here either; what it can show is that articles whose top
     * category is a disaster, a conflict or a crime read more negative than the others, in each language as in
     * English.
     */
    public void article(String language, List<String> codes, Double toneScore) {
        if (toneScore != null && !codes.isEmpty()) {
            double[] t = tone.computeIfAbsent(language, k -> new double[4]);
            int at = BAD_NEWS.contains(codes.get(0)) ? 0 : 2;
            t[at] += toneScore;
            t[at + 1]++;
        }
        int[] c = coverage.computeIfAbsent(language, k -> new int[2]);
        c[1]++;
        if (!codes.isEmpty()) {
            c[0]++;
            tops.computeIfAbsent(language, k -> new TreeMap<>()).merge(codes.get(0), 1, Integer::sum);
        }
    }

    /** A judged pair: 0 same event, 1 unrelated; in between is not scored. */
    public void pair(String languages, double overall, List<String> a, List<String> b) {
        int kind = overall <= SAME_EVENT ? 0 : overall >= UNRELATED ? 1 : -1;
        if (kind < 0) {
            return;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        boolean sameTop = !a.isEmpty() && !b.isEmpty() && a.get(0).equals(b.get(0));
        pairs.computeIfAbsent(languages, k -> new ArrayList<>()).add(new int[] {kind, shared.isEmpty() ? 0 : 1, sameTop ? 1 : 0,
                a.isEmpty() || b.isEmpty() ? 0 : 1});
    }

    public String report() {
        StringBuilder out = new StringBuilder("articles with a category, by language (most frequent top categories):\n");
        coverage.forEach((language, c) -> out.append(String.format(Locale.ROOT, "  %-4s %4d of %4d  %.2f  %s%n", language, c[0], c[1],
                c[0] / (double) c[1], tops.getOrDefault(language, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                        .map(e -> e.getKey() + " " + e.getValue()).toList())));
        out.append("mean tone score (per 100 words) of categorised articles: top category disaster, conflict or crime | the others\n");
        tone.forEach((language, t) -> out.append(String.format(Locale.ROOT, "  %-4s %6.2f (%d) | %6.2f (%d)%n", language,
                t[0] / Math.max(1, t[1]), (int) t[1], t[2] / Math.max(1, t[3]), (int) t[3])));
        out.append("pairs: same event (≤ 1.5) sharing a category / the same top one / both categorised; unrelated (≥ 3.5) sharing one\n");
        pairs.forEach((languages, list) -> {
            int[] same = count(list, 0);
            int[] unrelated = count(list, 1);
            out.append(String.format(Locale.ROOT, "  %-6s same event %2d: shared %2d, same top %2d, both categorised %2d | unrelated %2d: shared %2d%n",
                    languages, same[0], same[1], same[2], same[3], unrelated[0], unrelated[1]));
        });
        return out.toString();
    }

    private static int[] count(List<int[]> list, int kind) {
        int[] c = new int[4];
        for (int[] p : list) {
            if (p[0] == kind) {
                c[0]++;
                c[1] += p[1];
                c[2] += p[2];
                c[3] += p[3];
            }
        }
        return c;
    }
}
