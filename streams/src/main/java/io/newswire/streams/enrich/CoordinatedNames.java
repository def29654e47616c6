package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Fidel Castro, Camilo Cienfuegos y Ernesto Guevara": a name of two words or more that no cue typed, listed between
 * people (a comma or "and" on each side, a person on both), is a person too. One neighbour is not enough: "Angela
 * Merkel and Deutsche Bank" lists unlike things.
 */
final class CoordinatedNames {

    private static final Set<String> AND = Set.of("and", "und", "y", "e", "et", "en", "i", "и");

    private CoordinatedNames() {
    }

    static void typed(AnalyzedText text, List<MentionGroup> groups) {
        Map<Integer, MentionGroup> firsts = new HashMap<>();
        Map<Integer, MentionGroup> lasts = new HashMap<>();
        for (MentionGroup group : groups) {
            for (Segment segment : group.segments) {
                firsts.put(segment.first().index(), group);
                lasts.put(segment.last().index(), group);
            }
        }
        for (MentionGroup group : groups) {
            if (group.type == EntityType.MISC && group.segments.stream().allMatch(s -> s.tokens().size() >= 2)
                    && group.segments.stream().anyMatch(s -> person(lasts, before(text, s)) && person(firsts, after(text, s)))) {
                group.type = EntityType.PERSON;
            }
        }
    }

    private static boolean person(Map<Integer, MentionGroup> groups, int index) {
        MentionGroup group = index < 0 ? null : groups.get(index);
        return group != null && group.type == EntityType.PERSON;
    }

    /** The index of the last word of the name listed before the segment, or -1. */
    private static int before(AnalyzedText text, Segment segment) {
        List<Token> tokens = text.tokens();
        int at = segment.first().index() - 1;
        if (at >= 0 && AND.contains(tokens.get(at).text()) && NameCues.joined(text, tokens.get(at), segment.first())) {
            at--;
            return at >= 0 && NameCues.joined(text, tokens.get(at), tokens.get(at + 1)) ? at : -1;
        }
        return at >= 0 && tokens.get(at).sentence() == segment.first().sentence()
                && text.gap(tokens.get(at), segment.first()).strip().equals(",") ? at : -1;
    }

    /** The index of the first word of the name listed after the segment, or -1. */
    private static int after(AnalyzedText text, Segment segment) {
        List<Token> tokens = text.tokens();
        int at = segment.last().index() + 1;
        if (at < tokens.size() && AND.contains(tokens.get(at).text()) && NameCues.joined(text, segment.last(), tokens.get(at))) {
            at++;
            return at < tokens.size() && NameCues.joined(text, tokens.get(at - 1), tokens.get(at)) ? at : -1;
        }
        return at < tokens.size() && tokens.get(at).sentence() == segment.last().sentence()
                && text.gap(segment.last(), tokens.get(at)).strip().equals(",") ? at : -1;
    }
}
