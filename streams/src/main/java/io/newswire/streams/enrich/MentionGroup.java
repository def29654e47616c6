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

    MentionGroup(EntityType type, String canonical) {
        this.type = type;
        this.canonical = canonical;
    }
}
