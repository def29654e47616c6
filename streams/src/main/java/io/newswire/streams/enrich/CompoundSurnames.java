package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A surname of two words or more, written alone after the full name: Spanish and Portuguese name a person by both
 * surnames ("Cepeda Sosa" after "Yadira Cepeda Sosa"), and a surname with its particle is one ("De Cicco" after "Sergio
 * De Cicco", "van Gaal"). Such a mention joins the one person of the article whose full name ends with it; a name the
 * gazetteer knows, or one holding a place's name, is no surname, and with two such people the mention stays apart.
 */
final class CompoundSurnames {

    private CompoundSurnames() {
    }

    static List<MentionGroup> joined(List<MentionGroup> groups, Gazetteer gazetteer, LanguageProfile language) {
        // Only a name of three words or more can end with a surname of two: most articles have none, and pay nothing.
        Map<MentionGroup, List<Token>> fullNames = new IdentityHashMap<>();
        for (MentionGroup group : groups) {
            if (group.type == EntityType.PERSON && !group.segments.isEmpty()) {
                List<Token> name = People.longest(group).tokens();
                if (name.size() >= 3) {
                    fullNames.put(group, name);
                }
            }
        }
        if (fullNames.isEmpty()) {
            return groups;
        }
        List<MentionGroup> result = new ArrayList<>(groups.size());
        for (MentionGroup group : groups) {
            MentionGroup person = surnameOf(group, fullNames, gazetteer, language);
            if (person == null) {
                result.add(group);
            } else {
                person.absorb(group);
            }
        }
        return result;
    }

    private static MentionGroup surnameOf(MentionGroup group, Map<MentionGroup, List<Token>> fullNames, Gazetteer gazetteer,
                                          LanguageProfile language) {
        if (group.type == EntityType.NORP || group.segments.isEmpty()
                || group.segments.stream().anyMatch(s -> s.kind() != Segment.Kind.UNKNOWN)) {
            return null;
        }
        List<Token> surname = People.longest(group).tokens();
        if (surname.size() < 2 || surname.stream().anyMatch(word -> place(word, gazetteer, language))) {
            return null;
        }
        MentionGroup found = null;
        for (Map.Entry<MentionGroup, List<Token>> person : fullNames.entrySet()) {
            if (person.getKey() != group && endsWith(person.getValue(), surname)) {
                if (found != null) {
                    return null;
                }
                found = person.getKey();
            }
        }
        return found;
    }

    /** "Chicago NAPM", "Baai van Heist": a word the gazetteer knows as a place ends no one's name here. */
    private static boolean place(Token word, Gazetteer gazetteer, LanguageProfile language) {
        Gazetteer.Known known = word.capitalised() ? gazetteer.lookup(Lexicon.key(word.norm()), language) : null;
        return known != null && known.type() == EntityType.LOCATION;
    }

    private static boolean endsWith(List<Token> name, List<Token> surname) {
        int extra = name.size() - surname.size();
        if (extra < 1) {
            return false;
        }
        for (int i = 0; i < surname.size(); i++) {
            if (!name.get(extra + i).norm().equalsIgnoreCase(surname.get(i).norm())) {
                return false;
            }
        }
        return true;
    }
}
