package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/** Mentions on their way to becoming one entity: type, canonical name, the segments that mention it. */
final class MentionGroup {
    EntityType type;
    String canonical;
    final List<Segment> segments = new ArrayList<>();
    /** Title words written with a mention ("President" in "President Putin"): part of the name span, not the name. */
    final List<Token> titleTokens = new ArrayList<>();
    /** The titles as written ("President", "Sen"), first seen first: an attribute of the entity. */
    final java.util.Set<String> titles = new java.util.LinkedHashSet<>();
    /** For NORP: the id of the country the word belongs to ("american" → "united-states"). */
    String refersTo;

    MentionGroup(EntityType type, String canonical) {
        this.type = type;
        this.canonical = canonical;
    }

    /** Takes the other group's mentions and titles in: the two were one entity. */
    void absorb(MentionGroup other) {
        segments.addAll(other.segments);
        titleTokens.addAll(other.titleTokens);
        titles.addAll(other.titles);
    }
}
