package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person under the several cases an article puts the name in, where names take case endings (Polish, Russian):
 * "Си Цзиньпин … с Си Цзиньпином … Си Цзиньпина" had been three people, "Tusk" apart from "Donalda Tuska".
 * The dictionaries give no base form of a foreign name, but within one article names whose words share their Snowball
 * stems are one name; the shortest form, the nominative of most men's names, names it. A surname alone joins the one
 * person of the article whose surname has its stem (two people sharing it keep it apart), as {@link People} does for
 * surnames written alike. Places' and organisations' names whose words share their stems are one name too, under the
 * shortest of its forms.
 */
final class CaseForms {

    private static final MentionGroup SHARED = new MentionGroup(EntityType.PERSON, "");

    private CaseForms() {
    }

    static List<MentionGroup> merged(List<MentionGroup> groups, LanguageProfile language) {
        Map<String, MentionGroup> byStems = new LinkedHashMap<>();
        List<MentionGroup> kept = new ArrayList<>();
        Map<String, MentionGroup> othersByStems = new HashMap<>();
        for (MentionGroup group : groups) {
            if (group.type != EntityType.PERSON || !group.canonical.contains(" ")) {
                // "Голоса Америки" and "Голос Америки" (left in the genitive where no case of the head reads as the nominative).
                MentionGroup first = group.type == EntityType.PERSON || group.type == EntityType.NORP ? null
                        : othersByStems.putIfAbsent(group.type + ":" + stems(group.canonical, language), group);
                if (first == null) {
                    kept.add(group);
                } else {
                    first.absorb(group);
                    first.canonical = group.canonical.length() < first.canonical.length() ? group.canonical : first.canonical;
                }
                continue;
            }
            MentionGroup first = byStems.putIfAbsent(stems(group.canonical, language), group);
            if (first == null) {
                kept.add(group);
            } else {
                first.absorb(group);
                if (group.canonical.length() < first.canonical.length()) {
                    first.canonical = group.canonical;
                }
            }
        }
        Map<String, MentionGroup> bySurname = new HashMap<>();
        for (MentionGroup person : byStems.values()) {
            String canonical = person.canonical;
            bySurname.merge(language.stem(canonical.substring(canonical.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT)), person,
                    (a, b) -> a == b ? a : SHARED);
        }
        List<MentionGroup> result = new ArrayList<>();
        for (MentionGroup group : kept) {
            MentionGroup person = alone(group) ? personBySurname(bySurname, group.canonical, language) : null;
            if (person != null && person != SHARED) {
                person.absorb(group);
            } else {
                result.add(group);
            }
        }
        return result;
    }

    /**
     * The one person whose surname has the word's stem; else, where the dictionary lists the word as a surname's case form,
     * the one whose surname has that surname's stem: Snowball stems "Свиридов" to "свирид" but "о Свиридове" to "свиридов".
     */
    private static MentionGroup personBySurname(Map<String, MentionGroup> bySurname, String word, LanguageProfile language) {
        MentionGroup person = bySurname.get(stems(word, language));
        if (person != null || !language.code().equals("ru")) {
            // The surname readings ("NN:Fam") are the Russian dictionary's (AOT); Polish names its cases otherwise.
            return person;
        }
        for (Morphology.Tagged reading : Morphology.of(language.code()).tagged(word)) {
            if (reading.tag().startsWith("NN:Fam:")) {
                return bySurname.get(language.stem(reading.lemma()));
            }
        }
        return null;
    }

    /** A one-word name the rules did not type otherwise than as a person, or left untyped. */
    private static boolean alone(MentionGroup group) {
        return !group.canonical.contains(" ") && (group.type == EntityType.PERSON || group.type == EntityType.MISC);
    }

    private static String stems(String name, LanguageProfile language) {
        StringBuilder key = new StringBuilder();
        for (String word : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            key.append(key.length() > 0 ? " " : "").append(language.stem(word));
        }
        return key.toString();
    }
}
