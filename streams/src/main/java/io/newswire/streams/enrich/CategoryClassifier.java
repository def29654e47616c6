package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 17 top-level IPTC Media Topics by weighted cue words: each category sums the weights of its cue words in
 * the article (title words count double), squashed to 0..1. A transparent baseline: every decision can be
 * traced to the words that made it. English cues (data/categories.tsv) are matched as written, another
 * language's by {@link CategoryCues}; a language without a cue list gets no categories rather than English cues
 * read as its words.
 */
public final class CategoryClassifier {

    /** A category, its IPTC Media Topics code (medtop:…) and its score. */
    public record Category(String code, String mediaTopic, String label, double score) {
    }

    private static final double MIN_SCORE = 0.35;
    private static final int MAX_CATEGORIES = 3;
    private static final double SATURATION = 6.0;

    private record Definition(String code, String mediaTopic, String label) {
    }

    private static final List<String[]> ENGLISH_ROWS = Lexicon.rows("categories.tsv");

    /** The category codes, in the order of data/categories.tsv; each is also a built-in news topic. */
    public static final List<String> CODES = ENGLISH_ROWS.stream().map(row -> row[0]).toList();

    private final List<Definition> definitions = new ArrayList<>();
    private final Map<String, Map<Integer, Double>> english = new HashMap<>();
    private final Map<String, Optional<CategoryCues>> byLanguage = new ConcurrentHashMap<>();

    public CategoryClassifier() {
        for (String[] row : ENGLISH_ROWS) {
            definitions.add(new Definition(row[0], row[1], row[2]));
            CategoryCues.asWritten(row[3], definitions.size() - 1, english);
        }
    }

    /** English: the cue words as written. */
    public List<Category> classify(Map<String, Integer> termCounts) {
        return classify(termCounts, Map.of());
    }

    private List<Category> classify(Map<String, Integer> termCounts, Map<String, Integer> inNames) {
        double[] raw = new double[definitions.size()];
        termCounts.forEach((term, count) -> add(raw, english.get(term), count - inNames.getOrDefault(term, 0)));
        return categories(raw);
    }

    /** The article's language: English as written, another language by its stems, or none without its cue list. */
    public List<Category> classify(Map<String, Integer> termCounts, LanguageProfile language) {
        return classify(termCounts, language, Map.of());
    }

    /**
     * As {@link #classify(Map, LanguageProfile)}, not counting the words written inside people's names ({@code inNames}):
     * a cue word that is a surname is no evidence of the topic (Richter, Bauer, Koch; Dick Advocaat, "Адвокат", had made a
     * football report a crime story).
     */
    public List<Category> classify(Map<String, Integer> termCounts, LanguageProfile language, Map<String, Integer> inNames) {
        if (language.isEnglish()) {
            return classify(termCounts, inNames);
        }
        Optional<CategoryCues> found = byLanguage.computeIfAbsent(language.code(), code -> CategoryCues.load(language, CODES));
        if (found.isEmpty()) {
            return List.of();
        }
        CategoryCues cues = found.get();
        boolean compounds = !cues.compoundEnds().isEmpty();
        double[] raw = new double[definitions.size()];
        Map<String, Integer> stems = new HashMap<>();
        termCounts.forEach((term, count) -> {
            // Stemming is a memo lookup per word, a cache miss on a large vocabulary: a word that begins like no cue and is
            // too short to end a compound cannot match, so it is not stemmed.
            int outsideNames = count - inNames.getOrDefault(term, 0);
            if (outsideNames > 0 && (!language.stemsEndingsOnly() || cues.prefixes().beginsLikeACue(term)
                    || (compounds && term.length() > CategoryCues.SHORTEST_COMPOUND_END + 1))) {
                Map<Integer, Double> asWritten = cues.asWritten().get(term);
                if (asWritten != null) {
                    add(raw, asWritten, outsideNames);
                } else {
                    stems.merge(language.stem(term), outsideNames, Integer::sum);
                }
            }
        });
        stems.forEach((stem, count) -> {
            Map<Integer, Double> weights = cues.stems().get(stem);
            add(raw, weights != null ? weights : cues.compoundEnd(stem), count);
        });
        return categories(raw);
    }

    /** The tokens inside the mentions of people's names (their titles left out), in text order. */
    public static List<Token> peoplesNameTokens(AnalyzedText text, List<ExtractedEntity> entities) {
        List<Token> tokens = text.tokens();
        List<Token> inNames = new ArrayList<>();
        for (ExtractedEntity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (ExtractedEntity.Span span : entity.mentionSpans()) {
                for (int i = firstAtOrAfter(tokens, span.start()); i < tokens.size() && tokens.get(i).end() <= span.end(); i++) {
                    inNames.add(tokens.get(i));
                }
            }
        }
        return inNames;
    }

    private static int firstAtOrAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void add(double[] raw, Map<Integer, Double> weights, int count) {
        if (weights != null && count > 0) {
            weights.forEach((category, weight) -> raw[category] += weight * Math.min(3, count));
        }
    }

    private List<Category> categories(double[] raw) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            double score = Math.round((1 - Math.exp(-raw[i] / SATURATION)) * 1000) / 1000.0;
            if (score >= MIN_SCORE) {
                Definition d = definitions.get(i);
                categories.add(new Category(d.code(), d.mediaTopic(), d.label(), score));
            }
        }
        categories.sort((a, b) -> Double.compare(b.score(), a.score()));
        return categories.subList(0, Math.min(MAX_CATEGORIES, categories.size()));
    }
}
