package io.newswire.streams.enrich;

import java.util.List;

/**
 * An entity of one article, all its mentions merged; {@code titles} as written before its name
 * ("President"), {@code refersTo} the id of a NORP word's country, else null. {@code mentionSpans} are
 * the character spans of the name as written, one per mention, without the titles
 * {@code mentionTokens} include.
 */
public record ExtractedEntity(String id, String name, EntityType type, List<String> surfaceForms, int mentions,
                              double salience, List<Token> mentionTokens, List<String> titles, String refersTo,
                              List<Span> mentionSpans) {

    /** Character offsets into the analysed text, end exclusive. */
    public record Span(int start, int end) {
    }
}
