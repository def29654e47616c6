package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * German names institutions by what they are for: "Bundesamt für Migration und Flüchtlinge", "Bundesagentur für Arbeit",
 * "Deutsches Institut für Wirtschaftsforschung", "Bundeszentrale für politische Bildung". An institution's noun in the singular (or a
 * compound ending in one) with "für" after it and capitalised words after that, each perhaps after an adjective, some
 * joined by "und", is one organisation's name ("zur" and "zum" are left out: "dass seine Partei zur Vernunft kommt"). The learned
 * tagger, trained on few such names, stopped at the head ("Bundesamt") or found nothing; these names extend or replace
 * what it found there. A name a list holds is read so too, whatever its first word: "Alternative für Deutschland".
 */
final class GermanInstitutions {

    /** Nouns that head an institution's name, as a compound's last part too (Bundes-amt, Landes-zentrale). */
    private static final Set<String> HEADS = Set.of("amt", "agentur", "akademie", "anstalt", "ausschuss", "behörde", "bund",
            "bündnis", "büro", "forum", "gericht", "gerichtshof", "gesellschaft", "gewerkschaft", "hochschule",
            "institut", "kammer", "kommission", "komitee", "ministerium", "organisation", "partei", "rat", "senat",
            "stiftung", "universität", "verband", "verein", "vereinigung", "zentrale", "zentrum");
    /** Inflected forms of a head in the singular: "des Bundesamtes", "des Instituts". A plural names kinds, not one body. */
    private static final List<String> ENDINGS = List.of("", "es", "s");

    private final LanguageProfile language;
    private final Morphology morphology;
    private final Predicate<Token> personalName;
    private final Function<List<Token>, Gazetteer.Known> knownName;

    /**
     * @param personalName whether a word is a given name or a surname, which would open a person's name after the institution's
     * @param knownName the gazetteer's entry for words written together, or null
     */
    GermanInstitutions(LanguageProfile language, Morphology morphology, Predicate<Token> personalName,
            Function<List<Token>, Gazetteer.Known> knownName) {
        this.language = language;
        this.morphology = morphology;
        this.personalName = personalName;
        this.knownName = knownName;
    }

    /** The tagger's names with every institution named by its purpose as one organisation, inside its sentence. */
    List<NameTagger.TaggedName> extended(AnalyzedText text, List<NameTagger.TaggedName> names) {
        List<Token> tokens = text.tokens();
        List<NameTagger.TaggedName> institutions = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).capitalised() && tokens.get(i + 1).text().equals("für")) {
                int last = language.isStopword(tokens.get(i + 2).lower()) ? -1 : purposeEnd(text, i + 2);
                NameTagger.TaggedName institution = last < 0 ? null : head(tokens.get(i).lower())
                        ? new NameTagger.TaggedName(nameStart(names, i), last, EntityType.ORGANIZATION) : listed(tokens, i, last);
                if (institution != null) {
                    institutions.add(institution);
                    i = institution.last();
                }
            }
        }
        if (institutions.isEmpty()) {
            return names;
        }
        List<NameTagger.TaggedName> result = new ArrayList<>(institutions);
        for (NameTagger.TaggedName name : names) {
            if (institutions.stream().noneMatch(o -> name.first() <= o.last() && o.first() <= name.last())) {
                result.add(name);
            }
        }
        result.sort(java.util.Comparator.comparingInt(NameTagger.TaggedName::first));
        return result;
    }

    /** "Alternative für Deutschland": the longest name from {@code first} to {@code last} or before it that a list holds. */
    private NameTagger.TaggedName listed(List<Token> tokens, int first, int last) {
        for (int end = last; end >= first + 2; end--) {
            Gazetteer.Known known = knownName.apply(tokens.subList(first, end + 1));
            if (known != null) {
                return new NameTagger.TaggedName(first, end, known.type());
            }
        }
        return null;
    }

    /** Where the name starts: at a tagged name that ends with the head ("Deutsches Institut"), else at the head. */
    private static int nameStart(List<NameTagger.TaggedName> names, int head) {
        for (NameTagger.TaggedName name : names) {
            if (name.last() == head) {
                return name.first();
            }
        }
        return head;
    }

    private static boolean head(String word) {
        for (String ending : ENDINGS) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                for (String head : HEADS) {
                    if (stem.endsWith(head)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The last token of the purpose that starts at {@code from}: capitalised words ("Corporate Governance"), each perhaps
     * after an adjective in lower case ("politische Bildung"), some joined by "und"; -1 when none follows. Not over a
     * comma: after one the sentence goes on more often than the name does.
     */
    private int purposeEnd(AnalyzedText text, int from) {
        List<Token> tokens = text.tokens();
        int sentence = tokens.get(from - 1).sentence();
        int last = -1;
        int i = from;
        while (i < tokens.size() && tokens.get(i).sentence() == sentence && text.gap(tokens.get(i - 1), tokens.get(i)).isBlank()) {
            Token token = tokens.get(i);
            if (token.text().equals("und") && last == i - 1 && i + 1 < tokens.size()) {
                token = tokens.get(++i);
            }
            if (!token.capitalised() && morphology.adjective(token) && i + 1 < tokens.size() && text.gap(token, tokens.get(i + 1)).isBlank()) {
                token = tokens.get(++i);
            }
            // "Chef der Bundesagentur für Arbeit Frank-Jürgen Weise": a person's name after it is no part of it.
            if (!token.capitalised() || token.sentence() != sentence || last >= 0 && personalName.test(token)) {
                break;
            }
            last = i++;
        }
        return last;
    }
}
