package io.newswire.streams.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gazetteer's entry for a span of capitalised words as the name chunker reads it: by the span's key, and for
 * one word outside English also as an acronym written with one capital ("l'Oms") and by its lemma ("Rosji").
 */
final class KnownNames {

    /** One-word answers kept per language, at most this many. */
    private static final int ONE_WORD_MEMO_BOUND = 50_000;

    private final Gazetteer gazetteer;
    private final Map<String, BoundedMemo<Gazetteer.Known>> oneWordNames = new ConcurrentHashMap<>();

    KnownNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Gazetteer.Known lookup(List<Token> span, LanguageProfile language) {
        return lookup(span, Lexicon.key(NameChunker.join(span)), language);
    }

    /** @param key the span's {@link Lexicon#key}, when the caller has it already */
    Gazetteer.Known lookup(List<Token> span, String key, LanguageProfile language) {
        if (span.size() != 1 || language.isEnglish()) {
            return lookupUncached(span, key, language);
        }
        // A one-word answer depends on the word alone (its key, form and dictionary readings), and an article asks
        // about its names many times; outside English each ask is several maps, a stem and dictionary lemmas (in
        // English two maps, no dearer than the memo).
        return oneWordNames.computeIfAbsent(language.code(), code -> new BoundedMemo<>(ONE_WORD_MEMO_BOUND))
                .get(span.get(0).norm(), word -> lookupUncached(span, key, language));
    }

    private Gazetteer.Known lookupUncached(List<Token> span, String key, LanguageProfile language) {
        if (span.size() == 1 && span.get(0).acronym()) {
            Gazetteer.Known known = gazetteer.lookupAcronym(span.get(0).norm());
            return known != null || language.isEnglish() ? known : gazetteer.lookup(key, language);
        }
        Gazetteer.Known known = gazetteer.lookup(key, language);
        if (known != null || span.size() != 1 || language.isEnglish()) {
            return known;
        }
        Gazetteer.Known acronym = titleCasedAcronym(span.get(0), language);
        return acronym != null ? acronym : lookupLemma(span.get(0), key, language);
    }

    /**
     * "l'Oms", "l'Onu", "la Ue", "die Uno": much of the European press writes an organisation's acronym with one capital.
     * Read as the acronym only when the word is no word of the language ("Usa" is Italian "usa", a verb) and the
     * acronym names an organisation.
     */
    private Gazetteer.Known titleCasedAcronym(Token word, LanguageProfile language) {
        String text = word.norm();
        if (text.length() < 2 || text.length() > 5 || !Character.isUpperCase(text.charAt(0))
                || !text.substring(1).chars().allMatch(Character::isLowerCase) || language.isStopword(word.lower())) {
            return null;
        }
        Gazetteer.Known known = gazetteer.lookupAcronym(text.toUpperCase(Locale.ROOT));
        return known != null && known.type() == EntityType.ORGANIZATION
                && Morphology.lexicon(language.code()).tagged(word.lower()).isEmpty() ? known : null;
    }

    /** "z Iranem", "w Bagdadzie", "Rosji": an inflected one-word name is found by the lemma its language's dictionary gives. */
    private Gazetteer.Known lookupLemma(Token word, String key, LanguageProfile language) {
        Morphology morphology = Morphology.of(language.code());
        for (String lemma : morphology.lemmas(word)) {
            String lemmaKey = Lexicon.key(lemma);
            Gazetteer.Known known = lemmaKey.equals(key) ? null : gazetteer.lookup(lemmaKey, language);
            if (known != null) {
                // Asked only of a lemma that is a name: a dictionary lookup for every capitalised word would not be.
                return morphology.capitalisedAdjective(word) ? null : known;
            }
        }
        return null;
    }
}
