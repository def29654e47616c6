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
        List<MentionGroup> spelledByTheirEnd = List.of();
        for (MentionGroup group : groups) {
            for (Segment name : group.segments) {
                String acronym = definedAfter(text, name, language);
                MentionGroup named = group;
                if (acronym == null) {
                    Segment end = endDefinedAfter(text, name, language);
                    if (end == null) {
                        continue;
                    }
                    // "… Mundial Superpluma de la Organización Mundial de Boxeo (OMB)": the chunk ran on before the name the
                    // acronym spells, which is then an entity of its own, named by those words and mentioned by the acronym.
                    acronym = acronymAfter(text, name).norm();
                    named = new MentionGroup(EntityType.MISC, end.surface());
                    spelledByTheirEnd = spelledByTheirEnd.isEmpty() ? new ArrayList<>(1) : spelledByTheirEnd;
                    spelledByTheirEnd.add(named);
                }
                definitions = definitions == null ? new ArrayList<>(2) : definitions;
                definitions.add(Map.entry(named, acronym));
            }
        }
        List<MentionGroup> result = groups;
        if (definitions != null) {
            result = new ArrayList<>(groups);
            result.addAll(spelledByTheirEnd);
            for (Map.Entry<MentionGroup, String> definition : definitions) {
                result = joined(result, definition.getKey(), definition.getValue());
            }
            result.removeIf(group -> group.segments.isEmpty());
        }
        return result;
    }

    /** The acronym in brackets right after a name of two words or more, when it spells the name's initials; else null. */
    static String definedAfter(AnalyzedText text, Segment name, LanguageProfile language) {
        Token acronym = name.tokens().size() < 2 ? null : acronymAfter(text, name);
        return acronym != null && spells(letters(acronym.norm()), name, language) ? acronym.norm() : null;
    }

    /** The last words of the name, two at least and opening with a capital, whose initials the acronym after it spells; else null. */
    static Segment endDefinedAfter(AnalyzedText text, Segment name, LanguageProfile language) {
        Token acronym = name.tokens().size() < 3 ? null : acronymAfter(text, name);
        if (acronym == null) {
            return null;
        }
        String letters = letters(acronym.norm());
        for (int from = 1; from <= name.tokens().size() - 2; from++) {
            Segment end = new Segment(Segment.Kind.UNKNOWN, name.tokens().subList(from, name.tokens().size()), null);
            if (end.first().capitalised() && spells(letters, end, language)) {
                return end;
            }
        }
        return null;
    }

    /** The acronym written in brackets right after the name, or null. */
    private static Token acronymAfter(AnalyzedText text, Segment name) {
        List<Token> tokens = text.tokens();
        int at = name.last().index() + 1;
        if (at >= tokens.size()) {
            return null;
        }
        Token acronym = tokens.get(at);
        if (!acronym.acronym() || !text.gap(name.last(), acronym).strip().equals("(")) {
            return null;
        }
        boolean closed = at + 1 == tokens.size() ? text.text().indexOf(')', acronym.end()) >= 0
                : text.gap(acronym, tokens.get(at + 1)).strip().startsWith(")");
        return closed ? acronym : null;
    }

    private static boolean spells(String letters, Segment name, LanguageProfile language) {
        return letters.equals(initials(name, language, true)) || letters.equals(initials(name, language, false));
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
                    if (group.segments.isEmpty()) {
                        // Emptied here; a group named by an acronym's words waits empty for its own acronym.
                        continue;
                    }
                }
            }
            kept.add(group);
        }
        return kept;
    }
}
