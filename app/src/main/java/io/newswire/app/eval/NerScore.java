package io.newswire.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level exact-match precision, recall and F1 as the benchmark's {@code score_ner.py} computes
 * them: a prediction is right only if document, start, end and type all match; micro over PER, ORG and
 * LOC; predictions overlapping a gold MISCD span (German derivations such as "deutschen") are left out,
 * neither credited nor penalised; an untyped span-only score over the same types. Offsets are code points.
 */
public final class NerScore {

    public static final List<String> SCORED = List.of("PER", "ORG", "LOC");
    private static final List<String> ALL = List.of("PER", "ORG", "LOC", "MISC", "MISCD");

    /** A typed span, code-point offsets, end exclusive. */
    public record Mention(int start, int end, String type) {
    }

    /** Counts of one type (or of the micro or untyped view). */
    public record Counts(long gold, long predicted, long truePositives) {
        public double precision() {
            return predicted == 0 ? 0 : truePositives / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : truePositives / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts other) {
            return new Counts(gold + other.gold, predicted + other.predicted, truePositives + other.truePositives);
        }
    }

    private final Map<String, Counts> perType = new LinkedHashMap<>();
    private Counts untyped = new Counts(0, 0, 0);
    private long masked;

    public NerScore() {
        ALL.forEach(t -> perType.put(t, new Counts(0, 0, 0)));
    }

    public void add(List<Mention> gold, List<Mention> predicted) {
        List<Mention> miscd = gold.stream().filter(m -> m.type().equals("MISCD")).toList();
        List<Mention> kept = new ArrayList<>();
        for (Mention p : predicted) {
            if (miscd.stream().anyMatch(m -> p.start() < m.end() && m.start() < p.end())) {
                masked++;
            } else {
                kept.add(p);
            }
        }
        Set<Mention> goldSet = new HashSet<>(gold);
        Set<Mention> predictedSet = new HashSet<>(kept);
        for (String type : ALL) {
            Set<Mention> g = new HashSet<>(goldSet);
            g.removeIf(m -> !m.type().equals(type));
            Set<Mention> p = new HashSet<>(predictedSet);
            p.removeIf(m -> !m.type().equals(type));
            long tp = p.stream().filter(g::contains).count();
            perType.merge(type, new Counts(g.size(), p.size(), tp), Counts::plus);
        }
        Set<List<Integer>> goldSpans = spans(goldSet);
        Set<List<Integer>> predictedSpans = spans(predictedSet);
        long tp = predictedSpans.stream().filter(goldSpans::contains).count();
        untyped = untyped.plus(new Counts(goldSpans.size(), predictedSpans.size(), tp));
    }

    private static Set<List<Integer>> spans(Set<Mention> mentions) {
        Set<List<Integer>> spans = new HashSet<>();
        mentions.stream().filter(m -> SCORED.contains(m.type())).forEach(m -> spans.add(List.of(m.start(), m.end())));
        return spans;
    }

    public Counts type(String type) {
        return perType.get(type);
    }

    public Counts micro() {
        return SCORED.stream().map(perType::get).reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public Counts untyped() {
        return untyped;
    }

    public long masked() {
        return masked;
    }

    /** The table score_ner.py prints. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-8s %7s %7s %7s %7s %7s %7s%n", "type", "gold", "pred", "tp", "P", "R", "F1"));
        perType.forEach((type, c) -> {
            if (c.gold() > 0 || c.predicted() > 0) {
                out.append(line(type, c)).append(SCORED.contains(type) ? "" : "  (not in micro)").append('\n');
            }
        });
        out.append(line("micro", micro())).append("  over PER/ORG/LOC\n");
        out.append(line("untyped", untyped)).append("  over PER/ORG/LOC\n");
        if (masked > 0) {
            out.append("(").append(masked).append(" predictions overlapping gold MISCD spans were left out)\n");
        }
        return out.toString();
    }

    private static String line(String label, Counts c) {
        return String.format(Locale.ROOT, "%-8s %7d %7d %7d %7.4f %7.4f %7.4f", label, c.gold(), c.predicted(), c.truePositives(),
                c.precision(), c.recall(), c.f1());
    }
}
