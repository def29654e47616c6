package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Fidel Castro, Camilo Cienfuegos y Ernesto Guevara", "Kanasín, Umán y Progreso": a name no cue typed, listed between
 * two names of one type (a comma or "and" on each side), is of that type too. One neighbour is not enough: "Angela
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
            if (group.type != EntityType.MISC) {
                continue;
            }
            for (Segment segment : group.segments) {
                EntityType before = typeAt(lasts, before(text, segment));
                if (before != null && before == typeAt(firsts, after(text, segment))) {
                    group.type = before;
                    break;
                }
            }
        }
    }

    private static EntityType typeAt(Map<Integer, MentionGroup> groups, int index) {
        MentionGroup group = index < 0 ? null : groups.get(index);
        return group == null || group.type == EntityType.MISC || group.type == EntityType.NORP ? null : group.type;
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
