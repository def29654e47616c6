package io.newswire.streams.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a minister or ministry written in lower case is of: "el ministro de Defensa", "le ministère de l'Agriculture".
 * The portfolio is a capitalised ordinary word that person cues would otherwise read as the speaker, and with the
 * ministry's noun it names the ministry. Short reviewed lists of offices per language.
 */
final class Portfolios {

    private Portfolios() {
    }

    /**
     * "el ministro de Defensa", "le ministre de l'Intérieur", "il ministro della Difesa": the capitalised word after a
     * minister's title and its "of" is the portfolio, never the person, although the sentence goes on "dijo", "a
     * annoncé" as a person's would ("Defensa", "Intérieur" had been people). The Spanish set marks these MISC, the
     * Italian none; Dutch types them as the ministry ({@link NameCues#ministryBefore}).
     */
    static boolean portfolioBefore(AnalyzedText text, Token name, LanguageProfile language) {
        return officeBefore(text, name, language) != null;
    }

    /**
     * "el ministerio de Finanzas", "le ministère de l'Agriculture", "il ministero degli Esteri": a ministry written in
     * lower case before its portfolio is the organisation, named from the ministry's word (as the Spanish and Italian
     * sets mark it); the ministry's name from its noun, or null.
     */
    static Segment ministry(AnalyzedText text, Segment portfolio, LanguageProfile language) {
        Token office = portfolio.tokens().size() <= 3 ? officeBefore(text, portfolio.first(), language) : null;
        if (office == null || !MINISTRIES.contains(office.text())) {
            return null;
        }
        List<Token> tokens = text.tokens();
        int end = portfolio.last().index() + 1;
        if (end < tokens.size() && NameCues.joined(text, portfolio.last(), tokens.get(end)) && !tokens.get(end).capitalised()
                && Morphology.lexicon(language.code()).adjective(tokens.get(end))) {
            end++; // "ministère des Affaires étrangères"
        }
        return new Segment(Segment.Kind.UNKNOWN, List.copyOf(tokens.subList(office.index(), end)), null);
    }

    private static final Set<String> MINISTRIES = Set.of("ministerio", "ministère", "ministero", "ministério", "secretaría", "consejería");

    private static Token officeBefore(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> offices = OFFICES.get(language.code());
        List<Token> tokens = text.tokens();
        int at = name.index() - 1;
        if (offices == null || at < 1) {
            return null;
        }
        Token of = tokens.get(at);
        if (language.code().equals("fr") && of.text().equals("la") && at >= 2) {
            of = tokens.get(--at); // "ministre de la Santé"
        }
        Token office = tokens.get(at - 1);
        String gap = text.gap(tokens.get(at), name).strip();
        boolean portfolio = OFFICE_OF.contains(of.text()) && office.sentence() == name.sentence() && offices.contains(office.text())
                && text.gap(office, of).isBlank() && (gap.isEmpty() || Elisions.isOf(gap) || ELIDED_THE.contains(gap));
        return portfolio ? office : null;
    }

    /** Offices written in lower case with their portfolio after them; not "presidente", whose "of" is an institution. */
    private static final Map<String, Set<String>> OFFICES = Map.of(
            "es", Set.of("ministro", "ministra", "ministros", "viceministro", "viceministra", "secretario", "secretaria", "subsecretario",
                    "subsecretaria", "consejero", "consejera", "concejal", "concejala", "ministerio", "secretaría", "consejería"),
            "fr", Set.of("ministre", "ministres", "secrétaire", "ministère"),
            "it", Set.of("ministro", "ministra", "ministri", "viceministro", "sottosegretario", "assessore", "ministero"),
            "pt", Set.of("ministro", "ministra", "secretário", "secretária", "ministério", "secretaria"));
    private static final Set<String> OFFICE_OF = Set.of("de", "del", "des", "du", "della", "dello", "delle", "degli", "dei",
            "da", "do", "dos", "das", "di", "per");
    private static final Set<String> ELIDED_THE = Set.of("l'", "l\u2019");
}
