package io.newswire.streams.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the town of Tavildara", "the village of Mahala", "la ville de Kidal", "die Stadt Awdijiwka", "в городе Бахмут": a name
 * the gazetteer does not know, right after a noun for a settlement (and, where the language puts one, its "of"), is
 * a place. News names small places this way, the first time and often the only time; they had been MISC or, by the
 * article's other cues, organisations. Small reviewed lists, lower case, with the Russian and Polish case forms.
 */
final class PlaceNouns {

    private static final Map<String, Set<String>> NOUNS = Map.of(
            "en", Set.of("town", "village", "city", "hamlet", "township", "port", "suburb", "district", "province", "region"),
            "fr", Set.of("ville", "village", "commune", "localité", "bourgade", "province", "région"),
            "es", Set.of("ciudad", "pueblo", "localidad", "municipio", "aldea", "villa", "provincia", "región"),
            "it", Set.of("città", "paese", "villaggio", "comune", "frazione", "località", "provincia", "regione"),
            "pt", Set.of("cidade", "vila", "aldeia", "município", "localidade", "província", "região"),
            "nl", Set.of("stad", "dorp", "gemeente", "plaats", "stadje", "provincie", "regio"),
            "de", Set.of("stadt", "dorf", "gemeinde", "ortschaft", "kleinstadt", "provinz", "region"),
            "ru", Set.of("город", "города", "городе", "городом", "село", "села", "селе", "деревня", "деревни", "деревне",
                    "посёлок", "поселок", "посёлка", "поселка", "посёлке", "поселке"),
            "pl", Set.of("miasto", "miasta", "mieście", "wieś", "wsi", "gmina", "gminy", "gminie", "miejscowość", "miejscowości"));

    /**
     * The language's "of" between the noun and the name, where it writes one ("the town of X"); none: the name follows.
     * Not {@link NameCues}' "of" words, which hold the contracted articles of institutions' names ("della", "du").
     */
    private static final Map<String, Set<String>> OF = Map.of(
            "en", Set.of("of"), "fr", Set.of("de", "d'"), "es", Set.of("de"), "it", Set.of("di"), "pt", Set.of("de"));

    private PlaceNouns() {
    }

    static boolean before(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> nouns = NOUNS.get(language.code());
        if (nouns == null) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Token next = name;
        int at = name.index() - 1;
        Set<String> of = OF.get(language.code());
        if (of != null) {
            if (at < 1 || !of.contains(tokens.get(at).lower()) || !NameCues.joined(text, tokens.get(at), next)) {
                return false;
            }
            next = tokens.get(at--);
        }
        return at >= 0 && NameCues.joined(text, tokens.get(at), next) && nouns.contains(tokens.get(at).lower());
    }
}
