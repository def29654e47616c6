package io.newswire.streams.enrich;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * States, provinces and regions as each tier language names them ({@code data/subdivision-names.tsv}: Debian's
 * iso-codes translations of ISO 3166-2, LGPL-2.1 or later, by scripts/gazetteers/subdivisions.py): Thüringen,
 * Turinge, Turingia and Тюрингия are the Thuringia the gazetteer knows by its English name. CLDR, which names the
 * countries and cities, has no subdivision names in these languages.
 */
final class SubdivisionNames {

    /** One name: what the language writes, and the English and ISO names the gazetteer may know the place by. */
    record Name(String name, String english, String iso) {
    }

    private static final Map<String, List<Name>> BY_LANGUAGE = Lexicon.rows("subdivision-names.tsv").stream()
            .collect(Collectors.groupingBy(row -> row[0], Collectors.mapping(row -> new Name(row[1], row[2], row[3]), Collectors.toList())));

    private SubdivisionNames() {
    }

    static List<Name> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, List.of());
    }
}
