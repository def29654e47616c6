package io.newswire.streams.enrich;

import java.util.Map;
import java.util.Set;

/**
 * "la scala Richter", "il premio Nobel", "la sindrome di Down": a name right after a lower-case noun that things are
 * named after people by (a scale, a prize, a syndrome) names the thing, not the person: the article is about the
 * earthquake, not about Charles Richter. Not a law, which news names after the living politician who made it ("legge
 * Severino"). A small reviewed list per language, lower case as written.
 */
final class Eponyms {

    private static final Map<String, Set<String>> NOUNS = Map.of(
            "it", Set.of("scala", "magnitudo", "premio", "sindrome", "morbo", "teorema", "effetto", "malattia"),
            "es", Set.of("escala", "magnitud", "premio", "síndrome", "teorema", "efecto", "enfermedad"),
            "fr", Set.of("échelle", "magnitude", "prix", "syndrome", "théorème", "effet", "maladie"),
            "pt", Set.of("escala", "magnitude", "prémio", "prêmio", "síndrome", "teorema", "efeito", "doença"),
            "nl", Set.of("schaal", "prijs", "syndroom", "ziekte"));
    /** The "of" a language may set between the noun and the name: "sindrome di Down", "maladie de Parkinson". */
    private static final Set<String> OF = Set.of("di", "de", "d'", "van");

    private Eponyms() {
    }

    static boolean after(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> nouns = NOUNS.get(language.code());
        int at = name.index() - 1;
        if (nouns == null || at < 0) {
            return false;
        }
        Token before = text.tokens().get(at);
        if (OF.contains(before.lower()) && at > 0 && text.gap(before, name).equals(" ")) {
            before = text.tokens().get(--at);
        }
        Token next = text.tokens().get(at + 1);
        return before.sentence() == name.sentence() && !before.capitalised() && nouns.contains(before.text())
                && text.gap(before, next).equals(" ");
    }
}
