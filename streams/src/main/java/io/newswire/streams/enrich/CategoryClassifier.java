package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 17 top-level IPTC Media Topics by weighted cue words: each category sums the weights of its cue words in
 * the article (title words count double), squashed to 0..1. A transparent baseline: every decision can be
 * traced to the words that made it. English cues (data/categories.tsv) are matched as written; another
 * language's (data/categories-xx.tsv) by their Snowball stems, so one cue finds its inflected forms
 * ("выборы", "выборах"), and a cue written "-wahl" also ends compounds ("Bundestagswahl"). A language
 * without a cue list gets no categories rather than English cues read as its words.
 */
public final class CategoryClassifier {

    /** A category, its IPTC Media Topics code (medtop:…) and its score. */
    public record Category(String code, String mediaTopic, String label, double score) {
    }

    private static final double MIN_SCORE = 0.35;
    private static final int MAX_CATEGORIES = 3;
    private static final double SATURATION = 6.0;
    /** A compound's last part must be this long to count: shorter ones end too many unrelated words. */
    private static final int SHORTEST_COMPOUND_END = 4;

    private record Definition(String code, String mediaTopic, String label) {
    }

    /**
     * One language's cues: word (or stem) → category index → weight; compound ends apart, with the last
     * {@link #TAIL} letters of each, since most words end in none of them and need no other lookup.
     */
    private record Cues(Map<String, Map<Integer, Double>> words, Map<String, Map<Integer, Double>> exact,
                        Map<String, Map<Integer, Double>> compoundEnds, Set<String> tails, Prefixes prefixes) {
    }

    /**
     * A cue matches by its stem only when the stem is this long: shorter stems take in unrelated words (Spanish
     * "sólo" and "soleado" are both "sol", Italian "modo" and "moda" "mod"), so such a cue matches as written.
     * Longer stems that do (Spanish "parte" and "partido", "part") are marked "=" in the lists.
     */
    private static final int SHORTEST_STEM = 4;

    private static final int TAIL = 3;
    /** The first letters a word must share with a cue (or all of a shorter cue) to be stemmed and looked up. */
    private static final int PREFIX = 4;

    private static final List<String[]> ENGLISH_ROWS = Lexicon.rows("categories.tsv");

    /** The category codes, in the order of data/categories.tsv; each is also a built-in news topic. */
    public static final List<String> CODES = ENGLISH_ROWS.stream().map(row -> row[0]).toList();

    private final List<Definition> definitions = new ArrayList<>();
    private final Cues english = new Cues(new HashMap<>(), Map.of(), Map.of(), Set.of(), new Prefixes());
    private final Map<String, Optional<Cues>> byLanguage = new ConcurrentHashMap<>();

    public CategoryClassifier() {
        for (String[] row : ENGLISH_ROWS) {
            definitions.add(new Definition(row[0], row[1], row[2]));
            addCues(english.words(), definitions.size() - 1, row[3]);
        }
    }

    /** English: the cue words as written. */
    public List<Category> classify(Map<String, Integer> termCounts) {
        return score(termCounts, english, false, new double[definitions.size()]);
    }

    /** The article's language: English as written, another language by its stems, or none without its cue list. */
    public List<Category> classify(Map<String, Integer> termCounts, LanguageProfile language) {
        if (language.isEnglish()) {
            return classify(termCounts);
        }
        Optional<Cues> cues = byLanguage.computeIfAbsent(language.code(), code -> load(language));
        if (cues.isEmpty()) {
            return List.of();
        }
        Cues known = cues.get();
        boolean compounds = !known.compoundEnds().isEmpty();
        double[] raw = new double[definitions.size()];
        Map<String, Integer> stems = new HashMap<>();
        termCounts.forEach((term, count) -> {
            // Stemming is a memo lookup per word, a cache miss on a large vocabulary: a word that begins like no cue and is
            // too short to end a compound cannot match, so it is not stemmed.
            if (!language.stemsEndingsOnly() || beginsLikeACue(term, known.prefixes())
                    || (compounds && term.length() > SHORTEST_COMPOUND_END + 1)) {
                Map<Integer, Double> exact = known.exact().get(term);
                if (exact != null) {
                    add(raw, exact, count);
                } else {
                    stems.merge(language.stem(term), count, Integer::sum);
                }
            }
        });
        return score(stems, known, true, raw);
    }

    /** Terms have at least three letters (KeywordExtractor); a cue of three ("gol", "tor") is its own prefix. */
    private static boolean beginsLikeACue(String term, Prefixes prefixes) {
        return prefixes.contains(term, Math.min(PREFIX, term.length())) || (term.length() > PREFIX - 1 && prefixes.contains(term, PREFIX - 1));
    }

    /**
     * The cues' first letters packed into longs in a small open-addressing table: asked of every word of the article, it
     * must stay in cache and make no garbage, which a set of strings (a substring per word) did not.
     */
    private static final class Prefixes {
        private final long[] slots = new long[4096];

        void add(String word) {
            long key = pack(word, Math.min(PREFIX, word.length()));
            int i = slot(key);
            while (slots[i] != 0 && slots[i] != key) {
                i = (i + 1) & (slots.length - 1);
            }
            slots[i] = key;
        }

        boolean contains(String word, int length) {
            long key = pack(word, length);
            for (int i = slot(key); slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
                if (slots[i] == key) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Up to four letters without their accents (stemmers drop some: Spanish "política" → "polit", German "Märkte" →
         * "markt"; Russian ё → е) and the length, folded into a long. Two prefixes that fold alike only cost a needless stem lookup,
         * since the match itself is by stem. 0 marks an empty slot, so no key is 0.
         */
        private static long pack(String word, int length) {
            long key = length;
            for (int i = 0; i < length; i++) {
                char c = word.charAt(i);
                key = (key << 15) ^ (c == 'ё' ? 'е' : Lexicon.fold(c));
            }
            return key == 0 ? 1 : key;
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 52) & (slots.length - 1);
        }
    }

    private List<Category> score(Map<String, Integer> termCounts, Cues cues, boolean compounds, double[] raw) {
        termCounts.forEach((term, count) -> {
            Map<Integer, Double> weights = cues.words().get(term);
            if (weights == null && compounds && !cues.compoundEnds().isEmpty()) {
                weights = compoundEnd(term, cues);
            }
            if (weights != null) {
                add(raw, weights, count);
            }
        });
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

    private static void add(double[] raw, Map<Integer, Double> weights, int count) {
        weights.forEach((category, weight) -> raw[category] += weight * Math.min(3, count));
    }

    /** The longest known compound end of the term ("bundestagswahl" → "wahl"; "wahlen" → "wahl" itself), if any. */
    private static Map<Integer, Double> compoundEnd(String term, Cues cues) {
        if (term.length() <= SHORTEST_COMPOUND_END || !cues.tails().contains(term.substring(term.length() - TAIL))) {
            return null;
        }
        for (int start = 0; term.length() - start >= SHORTEST_COMPOUND_END; start++) {
            Map<Integer, Double> weights = cues.compoundEnds().get(term.substring(start));
            if (weights != null) {
                return weights;
            }
        }
        return null;
    }

    private Optional<Cues> load(LanguageProfile language) {
        String name = "categories-" + language.code() + ".tsv";
        if (!Lexicon.exists(name) || !language.hasStemmer()) {
            return Optional.empty();
        }
        Cues cues = new Cues(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(), new Prefixes());
        Set<String> asWritten = new HashSet<>();
        for (String[] row : Lexicon.rows(name)) {
            int category = CODES.indexOf(row[0]);
            if (category < 0) {
                throw new IllegalStateException(name + ": unknown category " + row[0]);
            }
            addCues(cues.words(), category, row[1]);
            addCompoundEnds(cues, category, row[1], language);
            for (String cue : row[1].split(",")) {
                if (cue.trim().startsWith("=")) {
                    asWritten.add(cue.trim().substring(1).split(":")[0]);
                }
            }
        }
        // Stemmed after reading, so that a cue and its compound end share the stemmer's view of the word. A short stem
        // matches too much, and a cue marked "=" ("=final": not "finalmente") is matched as written.
        Map<String, Map<Integer, Double>> stemmed = new HashMap<>();
        cues.words().forEach((word, weights) -> weights.forEach((category, weight) -> {
            String stem = language.stem(word);
            Map<String, Map<Integer, Double>> into = asWritten.contains(word) || stem.length() < SHORTEST_STEM ? cues.exact() : stemmed;
            into.computeIfAbsent(into == stemmed ? stem : word, s -> new HashMap<>()).merge(category, weight, Math::max);
        }));
        cues.compoundEnds().keySet().forEach(end -> cues.tails().add(end.substring(end.length() - TAIL)));
        cues.words().keySet().forEach(cues.prefixes()::add);
        stemmed.keySet().forEach(cues.prefixes()::add);
        return Optional.of(new Cues(stemmed, cues.exact(), cues.compoundEnds(), cues.tails(), cues.prefixes()));
    }

    private static void addCompoundEnds(Cues cues, int category, String list, LanguageProfile language) {
        for (String cue : list.split(",")) {
            String[] parts = cue.trim().substring(1).split(":");
            if (cue.trim().startsWith("-") && language.stem(parts[0]).length() >= SHORTEST_COMPOUND_END) {
                cues.compoundEnds().computeIfAbsent(language.stem(parts[0]), s -> new HashMap<>())
                        .merge(category, parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0, Math::max);
            }
        }
    }

    /**
     * "word:weight,…" (weight 1 when left out); a leading "-" marks a compound end, which is also a word, and a
     * leading "=" a word matched only as written.
     */
    private static void addCues(Map<String, Map<Integer, Double>> into, int category, String list) {
        for (String cue : list.split(",")) {
            String[] parts = cue.trim().replaceFirst("^[-=]", "").split(":");
            into.computeIfAbsent(parts[0], s -> new HashMap<>())
                    .merge(category, parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0, Math::max);
        }
    }
}
