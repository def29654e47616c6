package io.newswire.streams.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "via Padova", "piazza Cavour", "rue de Rivoli", "calle Alcalá": the Romance languages write a street or square as a
 * lower-case noun and the name it is named after. The whole is one place, a street in the city the article is about,
 * not the city, person or date it is named after (via Padova is in Milan; piazza Cavour is no person). A small
 * reviewed list of the nouns, lower case as written.
 */
final class StreetNouns {

    private static final Map<String, Set<String>> NOUNS = Map.of(
            "it", Set.of("via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "lungomare", "lungotevere"),
            "fr", Set.of("rue", "avenue", "boulevard", "quai", "allée", "impasse"),
            "es", Set.of("calle", "avenida", "plaza", "paseo", "glorieta"),
            "pt", Set.of("rua", "avenida", "praça", "travessa", "largo"));

    private StreetNouns() {
    }

    /** Whether the word right before a name is such a noun, written in lower case and joined to it by a space. */
    static boolean before(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> nouns = NOUNS.get(language.code());
        if (nouns == null || name.index() == 0) {
            return false;
        }
        Token noun = text.tokens().get(name.index() - 1);
        return noun.sentence() == name.sentence() && !noun.capitalised() && nouns.contains(noun.text())
                && text.gap(noun, name).equals(" ");
    }

    /** Whether a name opens with such a noun: the chunker put it there. */
    static boolean opens(List<Token> name, LanguageProfile language) {
        Set<String> nouns = NOUNS.get(language.code());
        return nouns != null && name.size() >= 2 && !name.get(0).capitalised() && nouns.contains(name.get(0).text());
    }
}
