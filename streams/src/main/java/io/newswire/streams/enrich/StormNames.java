package io.newswire.streams.enrich;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Storms are named after people and places ("l'uragano Sandy", "il ciclone Nargis", "Hurricane Ike"), and news about one
 * names it again alone ("dopo il passaggio di Sandy"). A name written right after a storm noun of the article's language
 * is the storm, a thing articles about it share (MISC), in every mention of the article: Sandy had been the town in Utah,
 * Ike and Nargis people. The nouns are a small reviewed list per language, lower case, with the Polish and Russian
 * genitives the press writes them in; not German "Sturm", which opens a club's name (Sturm Graz).
 */
final class StormNames {

    private static final Map<String, Set<String>> NOUNS = Map.of(
            "en", Set.of("hurricane", "typhoon", "cyclone", "storm"),
            "de", Set.of("hurrikan", "taifun", "zyklon", "wirbelsturm", "sturmtief", "orkan", "orkantief"),
            "fr", Set.of("ouragan", "typhon", "cyclone", "tempête"),
            "es", Set.of("huracán", "tifón", "ciclón", "tormenta"),
            "it", Set.of("uragano", "tifone", "ciclone", "tempesta"),
            "pt", Set.of("furacão", "tufão", "ciclone", "tempestade"),
            "nl", Set.of("orkaan", "tyfoon", "cycloon", "storm"),
            "pl", Set.of("huragan", "huraganu", "tajfun", "tajfunu", "cyklon", "cyklonu", "orkan", "orkanu"),
            "ru", Set.of("ураган", "урагана", "тайфун", "тайфуна", "циклон", "циклона", "шторм", "шторма"));

    private final Set<String> names;

    private StormNames(Set<String> names) {
        this.names = names;
    }

    /** The one-word names the article writes right after a storm noun, in its sentence. */
    static StormNames in(AnalyzedText text, LanguageProfile language) {
        Set<String> nouns = NOUNS.get(language.code());
        Set<String> names = new HashSet<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; nouns != null && i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i + 1);
            if (name.capitalised() && nouns.contains(tokens.get(i).lower()) && name.sentence() == tokens.get(i).sentence()
                    && (i + 2 >= tokens.size() || !tokens.get(i + 2).capitalised() || tokens.get(i + 2).sentence() != name.sentence())) {
                names.add(name.norm());
            }
        }
        return new StormNames(names);
    }

    /** The storm a segment names: its one word, or the word after a capitalised storm noun ("Hurricane Sandy"); else null. */
    Segment storm(Segment segment, LanguageProfile language) {
        if (names.isEmpty()) {
            return null;
        }
        List<Token> tokens = segment.tokens();
        Token last = tokens.get(tokens.size() - 1);
        if (!names.contains(last.norm())) {
            return null;
        }
        if (tokens.size() == 1) {
            return new Segment(Segment.Kind.UNKNOWN, List.of(last), null);
        }
        return tokens.size() == 2 && NOUNS.get(language.code()).contains(tokens.get(0).lower())
                ? new Segment(Segment.Kind.UNKNOWN, List.of(last), null) : null;
    }
}
