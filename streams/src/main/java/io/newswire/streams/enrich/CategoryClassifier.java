package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 17 top-level IPTC Media Topics by weighted cue words (data/categories.tsv): each category sums
 * the weights of its cue words in the article (title words count double), squashed to 0..1. A
 * transparent baseline: every decision can be traced to the words that made it.
 */
public final class CategoryClassifier {

    /** A category, its IPTC Media Topics code (medtop:…) and its score. */
    public record Category(String code, String mediaTopic, String label, double score) {
    }

    private static final double MIN_SCORE = 0.35;
    private static final int MAX_CATEGORIES = 3;
    private static final double SATURATION = 6.0;

    private record Definition(String code, String mediaTopic, String label, Map<String, Double> cues) {
    }

    private final List<Definition> definitions = new ArrayList<>();

    /** The category codes, in the order of data/categories.tsv; each is also a built-in news topic. */
    public static final List<String> CODES = Lexicon.rows("categories.tsv").stream().map(row -> row[0]).toList();

    public CategoryClassifier() {
        for (String[] row : Lexicon.rows("categories.tsv")) {
            Map<String, Double> cues = new HashMap<>();
            for (String cue : row[3].split(",")) {
                String[] parts = cue.trim().split(":");
                cues.put(parts[0], parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0);
            }
            definitions.add(new Definition(row[0], row[1], row[2], cues));
        }
    }

    public List<Category> classify(Map<String, Integer> termCounts) {
        List<Category> categories = new ArrayList<>();
        for (Definition definition : definitions) {
            double raw = 0;
            for (Map.Entry<String, Double> cue : definition.cues().entrySet()) {
                Integer count = termCounts.get(cue.getKey());
                if (count != null) {
                    raw += cue.getValue() * Math.min(3, count);
                }
            }
            double score = Math.round((1 - Math.exp(-raw / SATURATION)) * 1000) / 1000.0;
            if (score >= MIN_SCORE) {
                categories.add(new Category(definition.code(), definition.mediaTopic(), definition.label(), score));
            }
        }
        categories.sort((a, b) -> Double.compare(b.score(), a.score()));
        return categories.subList(0, Math.min(MAX_CATEGORIES, categories.size()));
    }
}
