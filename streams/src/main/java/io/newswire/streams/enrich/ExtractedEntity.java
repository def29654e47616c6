package io.newswire.streams.enrich;

import java.util.List;

/**
 * An entity of one article, all its mentions merged; {@code titles} as written before its name
 * ("President"), {@code refersTo} the id of a NORP word's country, else null.
 */
public record ExtractedEntity(String id, String name, EntityType type, List<String> surfaceForms, int mentions,
                              double salience, List<Token> mentionTokens, List<String> titles, String refersTo) {
}
