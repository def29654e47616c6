package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that report speech ("said", "told", "denies"), from {@code data/reporting-verbs.txt}: what
 * makes a name a speaker for entity typing ("Putin said" → PERSON) and for quotation attribution alike.
 */
public final class ReportingVerbs {

    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have");

    private final Set<String> verbs = Set.copyOf(Lexicon.lines("reporting-verbs.txt"));
    /** Other languages' verbs and auxiliaries, by language code; every verb attributes quotations. */
    private final Map<String, Set<String>> otherVerbs = new HashMap<>();
    /** The verbs among them that make the name they follow or precede a person's (organisations rarely say them). */
    private final Map<String, Set<String>> personVerbs = new HashMap<>();
    private final Map<String, Set<String>> otherAuxiliaries = new HashMap<>();
    private final Map<String, Map<String, Character>> otherPronouns = new HashMap<>();

    public ReportingVerbs() {
        for (String[] row : Lexicon.rows("reporting-verbs-intl.tsv")) {
            otherAuxiliaries.put(row[0], row[1].isEmpty() ? Set.of() : Set.copyOf(List.of(row[1].split("\\|"))));
            Set<String> persons = Set.copyOf(List.of(row[2].split("\\|")));
            Set<String> all = new HashSet<>(persons);
            if (row.length > 4 && !row[4].isEmpty()) {
                all.addAll(List.of(row[4].split("\\|")));
            }
            personVerbs.put(row[0], persons);
            otherVerbs.put(row[0], Set.copyOf(all));
            Map<String, Character> pronouns = new HashMap<>();
            for (String pronoun : row.length > 3 && !row[3].isEmpty() ? row[3].split("\\|") : new String[0]) {
                pronouns.put(pronoun.substring(0, pronoun.indexOf(':')), pronoun.charAt(pronoun.length() - 1));
            }
            otherPronouns.put(row[0], Map.copyOf(pronouns));
        }
    }

    public Set<String> words() {
        return verbs;
    }

    /** Another language's reporting verbs; empty where none are listed. */
    public Set<String> words(String language) {
        return otherVerbs.getOrDefault(language, Set.of());
    }

    /** The auxiliaries another language's verbs may follow ("hat gesagt", "ha dicho"). */
    public Set<String> auxiliaries(String language) {
        return otherAuxiliaries.getOrDefault(language, Set.of());
    }

    /** Another language's third-person pronouns that may stand for a speaker ("sagte er"), with their gender. */
    public Map<String, Character> pronouns(String language) {
        return otherPronouns.getOrDefault(language, Map.of());
    }

    boolean contains(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * In another language: "Merkel sagte", "Путин заявил", "Aznar ha dicho" (a verb after the name) or
     * "sagte Merkel", "dijo Aznar" (before it, the order those languages use after a quotation).
     */
    boolean around(AnalyzedText text, Token first, Token last, LanguageProfile language) {
        Set<String> words = personVerbs.getOrDefault(language.code(), Set.of());
        Set<String> auxiliaries = otherAuxiliaries.getOrDefault(language.code(), Set.of());
        List<Token> tokens = text.tokens();
        int next = last.index() + 1;
        if (next < tokens.size() && auxiliaries.contains(tokens.get(next).text())) {
            next++;
        }
        boolean after = next < tokens.size() && tokens.get(next).sentence() == last.sentence()
                && words.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
        int before = first.index() - 1;
        // "sagte Merkel", but not "сказал: «Ситуация…»": the verb's object is a quotation, not the name.
        return after || (before >= 0 && tokens.get(before).sentence() == first.sentence()
                && words.contains(tokens.get(before).text().toLowerCase(Locale.ROOT)) && text.gap(tokens.get(before), first).isBlank());
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
