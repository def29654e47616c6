package io.newswire.streams.enrich;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name no gazetteer knows and no cue types, typed by what the part-of-speech dictionaries of other languages
 * list it as. International names are written alike across Latin-script languages, and LanguageTool's
 * Spanish, Dutch and Portuguese dictionaries type their proper names (Google and Juventus as organisations,
 * Berlusconi and Obama as people, Lazio as a place) where the article's own language has no typed
 * dictionary (Italian, French, English) or does not list the name. Each dictionary votes for the type it
 * reads the word as ({@link #READING_ORDER}); the type with more votes than any other wins, so one dictionary's
 * odd entry (Dutch lists Boeing as a place) is outvoted, and a tie types nothing.
 */
final class ListedNames {

    /** The dictionaries whose proper names carry a type: EAGLES NP..SP/G0/O0 (es, pt), ENM:PER/LOC/ORG (nl). */
    private static final List<String> TYPED = List.of("es", "nl", "pt");
    /** The order an ambiguous dictionary name is read in: Philips is the company before the surname, Amsterdam the city. */
    static final List<EntityType> READING_ORDER = List.of(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.PERSON);

    private ListedNames() {
    }

    /**
     * The type the other languages' dictionaries agree on: a one-word name by majority; a longer name a person's
     * when each of its words is listed as a person's name by some dictionary ("Barack Obama"; not "Tour de France",
     * though Tour and France are both listed as names). Null when they say nothing or disagree.
     */
    static EntityType type(Segment segment, LanguageProfile language) {
        List<Token> tokens = segment.tokens();
        if (tokens.size() > 1) {
            // "Croix Rouge", "Fort Bragg": a name opening with an ordinary word of the language is no person's.
            if (Morphology.lexicon(language.code()).ordinaryWord(tokens.get(0))) {
                return null;
            }
            return listedAsPeople(tokens, others(language)) ? EntityType.PERSON : null;
        }
        if (tokens.get(0).norm().length() < 2 || Morphology.lexicon(language.code()).ordinaryWord(tokens.get(0))) {
            return null;
        }
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Morphology dictionary : others(language)) {
            EntityType read = reading(dictionary.nameTypes(tokens.get(0)));
            if (read != null) {
                votes.merge(read, 1, Integer::sum);
            }
        }
        EntityType best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
                tie = false;
            } else if (vote.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The one type a dictionary's listing of a word is read as. */
    static EntityType reading(Set<EntityType> types) {
        return READING_ORDER.stream().filter(types::contains).findFirst().orElse(null);
    }

    /** Whether each word is listed as a person's name by one of the dictionaries. */
    static boolean listedAsPeople(List<Token> words, List<Morphology> dictionaries) {
        return words.stream().allMatch(word -> dictionaries.stream().anyMatch(d -> d.nameTypes(word).contains(EntityType.PERSON)));
    }

    private static List<Morphology> others(LanguageProfile language) {
        return TYPED.stream().filter(code -> !code.equals(language.code())).map(Morphology::of).toList();
    }
}
