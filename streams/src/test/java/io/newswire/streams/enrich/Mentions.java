package io.newswire.streams.enrich;

import java.util.List;

/** Mentions built from an analysed sentence by their words, for the tests of the rules that read them. */
final class Mentions {

    private Mentions() {
    }

    /** The unknown name made of {@code words}, from the first place the first word appears. */
    static Segment segment(AnalyzedText text, String... words) {
        int first = text.tokens().stream().filter(t -> t.text().equals(words[0])).findFirst().orElseThrow().index();
        return new Segment(Segment.Kind.UNKNOWN, List.copyOf(text.tokens().subList(first, first + words.length)), null);
    }

    /** A group of one mention, {@link #segment}, typed {@code type}. */
    static MentionGroup group(AnalyzedText text, EntityType type, String... words) {
        MentionGroup group = new MentionGroup(type, String.join(" ", words));
        group.segments.add(segment(text, words));
        return group;
    }
}
