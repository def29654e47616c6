package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Fidel Castro, Camilo Cienfuegos y Ernesto Guevara", "Kanasín, Umán y Progreso": a name no cue typed, in a list of
 * names (joined by commas and "and") whose typed names, two or more, are all of one type, is of that type too. One
 * typed name is not enough: "Angela Merkel and Deutsche Bank" lists unlike things.
 */
final class CoordinatedNames {

    /** The language's "and": one shared set read Spanish and French "en" (in) as Dutch "and". */
    private static final Map<String, Set<String>> AND = Map.of("en", Set.of("and"), "de", Set.of("und"), "es", Set.of("y", "e"),
            "fr", Set.of("et"), "it", Set.of("e", "ed"), "pt", Set.of("e"), "nl", Set.of("en"), "pl", Set.of("i"), "ru", Set.of("и"));

    private CoordinatedNames() {
    }

    static void typed(AnalyzedText text, List<MentionGroup> groups, LanguageProfile language) {
        Set<String> and = AND.getOrDefault(language.code(), Set.of());
        Map<Integer, MentionGroup> firsts = new HashMap<>();
        Map<Integer, Segment> segments = new java.util.TreeMap<>();
        for (MentionGroup group : groups) {
            for (Segment segment : group.segments) {
                firsts.put(segment.first().index(), group);
                segments.put(segment.first().index(), segment);
            }
        }
        // Each list once, from its first name: names joined by commas and "and", in text order.
        Set<Integer> listed = new java.util.HashSet<>();
        for (Segment start : segments.values()) {
            if (listed.contains(start.first().index())) {
                continue;
            }
            List<MentionGroup> list = new java.util.ArrayList<>();
            for (Segment at = start; at != null; ) {
                listed.add(at.first().index());
                list.add(firsts.get(at.first().index()));
                int next = after(text, at, and);
                at = next < 0 ? null : segments.get(next);
            }
            EntityType type = sharedType(list);
            if (type != null) {
                list.stream().filter(g -> g.type == EntityType.MISC).forEach(g -> g.type = type);
            }
        }
    }

    /** The one type of a list's typed names, when it has two or more of them and a name no cue typed; else null. */
    private static EntityType sharedType(List<MentionGroup> list) {
        if (list.size() < 3 || list.stream().noneMatch(g -> g.type == EntityType.MISC)) {
            return null;
        }
        List<EntityType> types = list.stream().map(g -> g.type).filter(t -> t != EntityType.MISC).distinct().toList();
        long typed = list.stream().filter(g -> g.type != EntityType.MISC).count();
        return typed >= 2 && types.size() == 1 && types.get(0) != EntityType.NORP ? types.get(0) : null;
    }

    /** The index of the first word of the name listed after the segment, or -1. */
    private static int after(AnalyzedText text, Segment segment, Set<String> and) {
        List<Token> tokens = text.tokens();
        int at = segment.last().index() + 1;
        if (at < tokens.size() && and.contains(tokens.get(at).text()) && NameCues.joined(text, segment.last(), tokens.get(at))) {
            at++;
            return at < tokens.size() && NameCues.joined(text, tokens.get(at - 1), tokens.get(at)) ? at : -1;
        }
        return at < tokens.size() && tokens.get(at).sentence() == segment.last().sentence()
                && text.gap(segment.last(), tokens.get(at)).strip().equals(",") ? at : -1;
    }
}
