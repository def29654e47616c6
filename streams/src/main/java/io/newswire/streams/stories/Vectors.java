package io.newswire.streams.stories;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sparse vectors as term-to-weight maps: the few operations clustering needs. */
final class Vectors {

    private Vectors() {
    }

    static Map<String, Double> unit(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        Map<String, Double> unit = new LinkedHashMap<>();
        if (norm > 0) {
            v.forEach((k, x) -> unit.put(k, x / norm));
        }
        return unit;
    }

    /** The n heaviest entries, heaviest first; ties by key so replays agree. */
    static Map<String, Double> top(Map<String, Double> weights, int n) {
        Map<String, Double> top = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
