package io.newswire.streams.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs that report speech ("said", "told", "denies"), from {@code data/reporting-verbs.txt}: what
 * makes a name a speaker for entity typing ("Putin said" → PERSON) and for quotation attribution alike.
 */
public final class ReportingVerbs {

    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have");

    private final Set<String> verbs = Set.copyOf(Lexicon.lines("reporting-verbs.txt"));

    public Set<String> words() {
        return verbs;
    }

    boolean contains(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Putin said", "Lavrov has said": a reporting verb right after the token, in its sentence. */
    boolean follow(AnalyzedText text, Token token) {
        List<Token> tokens = text.tokens();
        int next = token.index() + 1;
        if (next < tokens.size() && AUXILIARIES.contains(tokens.get(next).text())) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).sentence() == token.sentence() && contains(tokens.get(next).text());
    }
}
