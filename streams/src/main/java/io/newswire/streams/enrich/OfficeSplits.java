package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The name chunker's second look at a run's segments outside English and German, where offices and titles are
 * capitalised ordinary words no list holds: the office is split from the person who holds it ("Presidente Barack
 * Obama") and from the institution named in it ("Presidente della Repubblica").
 */
final class OfficeSplits {

    private final NameChunker chunker;

    OfficeSplits(NameChunker chunker) {
        this.chunker = chunker;
    }

    /**
     * "Presidente della Repubblica", "Capo dello Stato", "Presidente del Consiglio Romano Prodi": the office is no name;
     * the institution after it is an organisation's (a place the gazetteer knows stays a place: "Presidente degli Stati
     * Uniti"). The office's words become a title only when a person follows, so the institution is not read as a person.
     */
    List<Segment> withOfficesApart(List<Segment> segments, LanguageProfile language) {
        if (language.isEnglish() || language.capitalisesNouns()) {
            return segments;
        }
        List<Segment> result = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            if (segment.kind() != Segment.Kind.UNKNOWN || !NameCues.opensWithOffice(segment.tokens(), language)) {
                result.add(segment);
                continue;
            }
            List<Token> institution = segment.tokens().subList(2, segment.tokens().size());
            int person = personAfterInstitution(institution, language);
            List<Token> named = institution.subList(0, person);
            Gazetteer.Known known = chunker.knownName(named, language);
            result.add(new Segment(Segment.Kind.KNOWN, List.copyOf(named),
                    known != null ? known : new Gazetteer.Known(NameChunker.join(named), EntityType.ORGANIZATION)));
            if (person < institution.size()) {
                result.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(institution.subList(person, institution.size())), null));
            }
        }
        return result;
    }

    /**
     * "PDG de Stellantis Carlos Tavares", "Presidente del Consiglio Romano Prodi": a given name and one more name after
     * the institution's first word is the person who holds the office; where none is, the institution's end.
     */
    private int personAfterInstitution(List<Token> institution, LanguageProfile language) {
        Morphology lexicon = Morphology.lexicon(language.code());
        for (int k = 1; k + 1 < institution.size(); k++) {
            if (startsPerson(institution, k, lexicon, language) && chunker.knownName(institution.subList(0, k + 1), language) == null) {
                return k;
            }
        }
        return institution.size();
    }

    /**
     * "Presidente Barack Obama", "Asuntos Sociales Matilde Fernández": outside English, where titles and offices are
     * capitalised ordinary words no list holds, an unknown name whose opening words are such words and whose rest
     * starts with a given name is two names: the office, then the person.
     */
    List<Segment> withPeopleApart(AnalyzedText text, List<Segment> segments, LanguageProfile language) {
        if (language.isEnglish() || language.capitalisesNouns()) {
            return segments;
        }
        Morphology lexicon = Morphology.lexicon(language.code());
        List<Segment> result = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            List<Token> tokens = segment.tokens();
            int given = -1;
            if (segment.kind() == Segment.Kind.UNKNOWN && tokens.size() >= 3) {
                for (int k = 1; k < tokens.size() - 1 && officeWord(tokens.get(k - 1), lexicon); k++) {
                    // One word before the person must be a title ("Presidente Barack Obama"): one such word is as often the
                    // building or body named after a person ("Teatro Teresa Carreño", "Pabellón Raimundo Saporta").
                    if (startsPerson(tokens, k, lexicon, language)
                            && (k >= 2 || NameCues.isTitle(tokens.get(0), language) || portfolio(text, tokens.get(0), language))) {
                        given = k;
                        break;
                    }
                }
            }
            if (given < 0) {
                result.add(segment);
                continue;
            }
            result.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(tokens.subList(0, given)), null));
            result.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(tokens.subList(given, tokens.size())), null));
        }
        return result;
    }

    /** A capitalised ordinary word of the language, or a connector between such words ("Presidente della Repubblica"). */
    private static boolean officeWord(Token token, Morphology lexicon) {
        return NameChunker.CONNECTORS.contains(token.text()) || (token.capitalised() && lexicon.ordinaryWord(token));
    }

    /**
     * A capitalised given name that is no ordinary word ("Costa Rica", "Reina Sofía", "Papa"), with a capitalised word
     * after it: "Giorgio Napolitano".
     */
    private boolean startsPerson(List<Token> tokens, int at, Morphology lexicon, LanguageProfile language) {
        Token given = tokens.get(at);
        Token next = tokens.get(at + 1);
        return given.capitalised() && !NameChunker.CONNECTORS.contains(given.lower()) && next.capitalised() && !NameChunker.CONNECTORS.contains(next.lower())
                && chunker.givenName(given, language) && !lexicon.ordinaryWord(given);
    }

    /** "minister van Financiën Eelco Heinen", "ministro de Hacienda Carlos Cuerpo": the word is a title's portfolio. */
    private static boolean portfolio(AnalyzedText text, Token word, LanguageProfile language) {
        int of = word.index() - 1;
        if (of < 1 || !OrganisationHeads.OF.contains(text.tokens().get(of).text())) {
            return false;
        }
        Token title = text.tokens().get(of - 1);
        return title.sentence() == word.sentence() && !title.capitalised() && NameCues.isTitle(title, language);
    }
}
