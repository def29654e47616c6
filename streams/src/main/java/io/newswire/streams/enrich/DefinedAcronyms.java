package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "la Organización Mundial de Boxeo (OMB)", "the Free Wrestling Federation (FWF)": an acronym the article defines in
 * brackets right after a name is that name wherever the article uses it, one entity under the full name. Before, the
 * two were two entities, and a list's reading of the acronym won over the article's own (OMB, in a Spanish boxing
 * report, was the US Office of Management and Budget). The acronym must spell the name's initials: of its capitalised
 * words ("Fuerzas Armadas Revolucionarias de Colombia (FARC)"), or of all its words but the language's stopwords
 * ("Organisation des Nations unies (ONU)").
 */
final class DefinedAcronyms {

    private DefinedAcronyms() {
    }

    static List<MentionGroup> joined(AnalyzedText text, List<MentionGroup> groups, LanguageProfile language) {
        // Found first, joined after: joining moves segments between the groups being read.
        List<Map.Entry<MentionGroup, String>> definitions = null;
        for (MentionGroup group : groups) {
            for (Segment name : group.segments) {
                String acronym = definedAfter(text, name, language);
                if (acronym != null) {
                    definitions = definitions == null ? new ArrayList<>(2) : definitions;
                    definitions.add(Map.entry(group, acronym));
                }
            }
        }
        List<MentionGroup> result = groups;
        if (definitions != null) {
            for (Map.Entry<MentionGroup, String> definition : definitions) {
                result = joined(result, definition.getKey(), definition.getValue());
            }
        }
        return result;
    }

    /** The acronym in brackets right after a name of two words or more, when it spells the name's initials; else null. */
    static String definedAfter(AnalyzedText text, Segment name, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        int at = name.last().index() + 1;
        if (name.tokens().size() < 2 || at >= tokens.size()) {
            return null;
        }
        Token acronym = tokens.get(at);
        if (!acronym.acronym() || !text.gap(name.last(), acronym).strip().equals("(")) {
            return null;
        }
        boolean closed = at + 1 == tokens.size() ? text.text().indexOf(')', acronym.end()) >= 0
                : text.gap(acronym, tokens.get(at + 1)).strip().startsWith(")");
        if (!closed) {
            return null;
        }
        String letters = letters(acronym.norm());
        return letters.equals(initials(name, language, true)) || letters.equals(initials(name, language, false)) ? acronym.norm() : null;
    }

    private static String letters(String acronym) {
        StringBuilder letters = new StringBuilder(acronym.length());
        acronym.codePoints().filter(Character::isLetter).forEach(c -> letters.appendCodePoint(Character.toUpperCase(c)));
        return letters.toString();
    }

    private static String initials(Segment name, LanguageProfile language, boolean capitalisedOnly) {
        StringBuilder initials = new StringBuilder();
        for (Token word : name.tokens()) {
            boolean counts = capitalisedOnly ? word.capitalised() || word.acronym() : !language.isStopword(word.lower());
            if (counts && Character.isLetter(word.norm().codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.norm().codePointAt(0)));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    /** Moves every one-word mention of the acronym into the group of the name it stands for. */
    private static List<MentionGroup> joined(List<MentionGroup> groups, MentionGroup named, String acronym) {
        List<MentionGroup> kept = new ArrayList<>(groups.size());
        for (MentionGroup group : groups) {
            if (group != named) {
                List<Segment> mentions = group.segments.stream()
                        .filter(s -> s.tokens().size() == 1 && s.first().norm().equals(acronym)).toList();
                if (!mentions.isEmpty()) {
                    group.segments.removeAll(mentions);
                    named.segments.addAll(mentions);
                    if (named.type == EntityType.MISC && group.type != EntityType.MISC) {
                        named.type = group.type;
                    }
                }
                if (group.segments.isEmpty()) {
                    continue;
                }
            }
            kept.add(group);
        }
        return kept;
    }
}
