package io.newswire.streams.enrich;

import java.util.List;

/** An entity of one article, all its mentions merged. */
public record ExtractedEntity(String id, String name, EntityType type, List<String> surfaceForms, int mentions,
                              double salience, List<Token> mentionTokens) {
}
