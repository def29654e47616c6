package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Partido Popular", "Tribunal Supremo de Justicia", "Ministerie van Financiën", "Nederlandse Bank": outside
 * English, a name headed by an institution's noun is an organisation. English reads its heads from
 * org-heads.txt through the gazetteer; these are the same nouns in the other tier languages.
 */
final class OrganisationHeads {

    private static final Map<String, Set<String>> HEADS = load();
    /**
     * Languages that put the head last ("Nederlandse Bank", one word with it: "Gemeenschapscommissie") as well as first
     * ("Ministerie van Financiën", "Universiteit Gent").
     */
    private static final Set<String> HEAD_LAST = Set.of("nl");
    /** Languages whose heads take case endings, matched by lemma, and may follow an adjective ("Narodowy Bank Polski"). */
    private static final Set<String> LEMMATISED = Set.of("pl", "ru");
    private static final Set<String> ADJECTIVE_FIRST = Set.of("pl");
    /**
     * "of" in the tier languages, and Spanish "por" and "para", where a name goes on after its head: "Banco de España",
     * "Ministerie van Financiën", "Consejo por la Paz".
     */
    static final Set<String> OF = Set.of("de", "del", "di", "della", "da", "du", "van", "von", "por", "para");

    private OrganisationHeads() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> heads = new HashMap<>();
        for (String[] row : Lexicon.rows("organisation-heads.tsv")) {
            heads.put(row[0], Set.of(row[1].split(" ")));
        }
        return heads;
    }

    /**
     * The learned tagger's names with those that open or end with an institution's noun typed as organisations: Russian
     * writes the noun in lower case ("Центральный банк", "Министерство финансов"), so no rule saw a name in it, and the
     * tagger had called the bank a place. Only where the language's heads are matched by lemma (Russian, Polish).
     */
    static List<NameTagger.TaggedName> typedByHead(List<Token> tokens, List<NameTagger.TaggedName> names, LanguageProfile language) {
        Set<String> heads = HEADS.get(language.code());
        if (heads == null || !LEMMATISED.contains(language.code())) {
            return names;
        }
        List<NameTagger.TaggedName> typed = new java.util.ArrayList<>(names.size());
        for (NameTagger.TaggedName name : names) {
            boolean headed = name.last() > name.first()
                    && (head(tokens.get(name.first()), heads, language) || head(tokens.get(name.last()), heads, language));
            typed.add(headed && name.type() != EntityType.ORGANIZATION ? new NameTagger.TaggedName(name.first(), name.last(), EntityType.ORGANIZATION) : name);
        }
        return typed;
    }

    /** Whether the word is one of the language's institution nouns ("banque", "università"; by lemma where listed so). */
    static boolean isHead(Token word, LanguageProfile language) {
        Set<String> heads = HEADS.get(language.code());
        return heads != null && head(word, heads, language);
    }

    /**
     * Whether a name of at least two words is headed by an institution's noun in its language; an article that
     * opens the name comes before its head ("El Gobierno de Venezuela").
     */
    static boolean heads(List<Token> name, LanguageProfile language) {
        Set<String> heads = HEADS.get(language.code());
        if (heads != null && name.size() > 2 && language.isStopword(name.get(0).lower())) {
            name = name.subList(1, name.size());
        }
        if (heads == null) {
            return false;
        }
        if (name.size() == 1) {
            // "Likoed-partij", "ANC-regering": a name joined to its head by a hyphen; a compound alone may be a common noun.
            String word = name.get(0).lower();
            return HEAD_LAST.contains(language.code()) && word.lastIndexOf('-') > 0 && heads.contains(word.substring(word.lastIndexOf('-') + 1));
        }
        boolean headFirst = headOpens(name, heads, language);
        if (!HEAD_LAST.contains(language.code())) {
            return headFirst;
        }
        return headFirst || compoundHead(name.get(name.size() - 1).lower(), heads);
    }

    /**
     * Whether a name of two words or more opens with an institution's noun, or with an adjective and then one where the
     * language writes it so ("Rada Ministrów", "Narodowy Bank Polski"): its first word is no sentence's ordinary opener.
     */
    static boolean opens(List<Token> name, LanguageProfile language) {
        Set<String> heads = HEADS.get(language.code());
        return heads != null && name.size() >= 2 && headOpens(name, heads, language);
    }

    private static boolean headOpens(List<Token> name, Set<String> heads, LanguageProfile language) {
        return head(name.get(0), heads, language) || headAfterAdjective(name, heads, language);
    }

    /** "Narodowy Bank Polski": an adjective, then an institution's noun, where the language writes names so. */
    static boolean headAfterAdjective(List<Token> name, LanguageProfile language) {
        Set<String> heads = HEADS.get(language.code());
        return heads != null && headAfterAdjective(name, heads, language);
    }

    private static boolean headAfterAdjective(List<Token> name, Set<String> heads, LanguageProfile language) {
        return ADJECTIVE_FIRST.contains(language.code()) && name.size() >= 2
                && Morphology.of(language.code()).adjective(name.get(0)) && head(name.get(1), heads, language);
    }

    /** The word, or where the language inflects its nouns its dictionary lemma ("Ministerstwa" → ministerstwo), is a head. */
    private static boolean head(Token word, Set<String> heads, LanguageProfile language) {
        if (heads.contains(word.lower())) {
            return true;
        }
        return LEMMATISED.contains(language.code())
                && Morphology.of(language.code()).lowerCaseLemmas(word).stream().anyMatch(heads::contains);
    }

    /** "Gemeenschapscommissie", "Inlichtingendienst", "Likoed-partij": Dutch writes a head's compounds as one word. */
    private static boolean compoundHead(String word, Set<String> heads) {
        for (int end = 0; end < word.length() - 2; end++) {
            if (heads.contains(word.substring(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "il Senato", "el Gobierno", "le Parlement": inside a sentence, a head noun written alone with a capital names
     * the institution itself, as the Romance languages capitalise such a noun only for that. At a sentence's start
     * the capital says nothing.
     */
    static boolean namesInstitution(List<Token> name, LanguageProfile language) {
        Set<String> heads = HEADS.get(language.code());
        return heads != null && name.size() == 1 && name.get(0).position() > 0 && !HEAD_LAST.contains(language.code())
                && heads.contains(name.get(0).lower());
    }
}
