package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One language's category cue words (data/categories-xx.tsv, "word:weight,…" per category): by Snowball stem
 * (Stempel for Polish), so one cue finds its inflected forms ("выборы", "выборах"); a cue written "-wahl" also ends
 * compounds ("Bundestagswahl"); a cue marked "=" matches only as written. Each map goes from word, stem or compound
 * end to category index to weight.
 */
record CategoryCues(Map<String, Map<Integer, Double>> stems, Map<String, Map<Integer, Double>> asWritten,
                    Map<String, Map<Integer, Double>> compoundEnds, Set<String> tails, CuePrefixes prefixes) {

    /** A compound's last part must be this long to count: shorter ones end too many unrelated words. */
    static final int SHORTEST_COMPOUND_END = 4;
    /**
     * A cue matches by its stem only when the stem is this long: shorter stems take in unrelated words (Spanish
     * "sólo" and "soleado" are both "sol", Italian "modo" and "moda" "mod"), so such a cue matches as written.
     * Longer stems that do (Spanish "parte" and "partido", "part") are marked "=" in the lists.
     */
    private static final int SHORTEST_STEM = 4;
    /** Compound ends are kept with their last letters too: most words end in none of them and need no other lookup. */
    private static final int TAIL = 3;

    static Optional<CategoryCues> load(LanguageProfile language, List<String> codes) {
        String name = "categories-" + language.code() + ".tsv";
        if (!Lexicon.exists(name) || !language.hasStemmer()) {
            return Optional.empty();
        }
        Map<String, Map<Integer, Double>> words = new HashMap<>();
        Map<String, Map<Integer, Double>> compoundEnds = new HashMap<>();
        Set<String> marked = new HashSet<>();
        for (String[] row : Lexicon.rows(name)) {
            int category = codes.indexOf(row[0]);
            if (category < 0) {
                throw new IllegalStateException(name + ": unknown category " + row[0]);
            }
            for (String cue : row[1].split(",")) {
                String[] parts = cue.trim().substring(cue.trim().startsWith("-") || cue.trim().startsWith("=") ? 1 : 0).split(":");
                double weight = parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0;
                add(words, parts[0], category, weight);
                if (cue.trim().startsWith("=")) {
                    marked.add(parts[0]);
                }
                String stem = language.stem(parts[0]);
                if (cue.trim().startsWith("-") && stem.length() >= SHORTEST_COMPOUND_END) {
                    add(compoundEnds, stem, category, weight);
                }
            }
        }
        // Stemmed after reading, so that a cue and its compound end share the stemmer's view of the word.
        CategoryCues cues = new CategoryCues(new HashMap<>(), new HashMap<>(), compoundEnds, new HashSet<>(), new CuePrefixes());
        words.forEach((word, weights) -> weights.forEach((category, weight) -> {
            String stem = language.stem(word);
            if (marked.contains(word) || stem.length() < SHORTEST_STEM) {
                add(cues.asWritten(), word, category, weight);
            } else {
                add(cues.stems(), stem, category, weight);
            }
        }));
        compoundEnds.keySet().forEach(end -> cues.tails().add(end.substring(end.length() - TAIL)));
        words.keySet().forEach(cues.prefixes()::add);
        cues.stems().keySet().forEach(cues.prefixes()::add);
        return Optional.of(cues);
    }

    /** "word:weight,…" (weight 1 when left out), matched as written: the English list. */
    static Map<String, Map<Integer, Double>> asWritten(String list, int category, Map<String, Map<Integer, Double>> into) {
        for (String cue : list.split(",")) {
            String[] parts = cue.trim().split(":");
            add(into, parts[0], category, parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0);
        }
        return into;
    }

    /** The longest known compound end of a stem ("bundestagswahl" → "wahl"; "wahl" itself), or null. */
    Map<Integer, Double> compoundEnd(String stem) {
        if (compoundEnds.isEmpty() || stem.length() <= SHORTEST_COMPOUND_END || !tails.contains(stem.substring(stem.length() - TAIL))) {
            return null;
        }
        for (int start = 0; stem.length() - start >= SHORTEST_COMPOUND_END; start++) {
            Map<Integer, Double> weights = compoundEnds.get(stem.substring(start));
            if (weights != null) {
                return weights;
            }
        }
        return null;
    }

    private static void add(Map<String, Map<Integer, Double>> into, String key, int category, double weight) {
        into.computeIfAbsent(key, k -> new HashMap<>()).merge(category, weight, Math::max);
    }
}
