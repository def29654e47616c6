package io.newswire.streams.stories;

import io.newswire.avro.internal.StoryState;

/** One change to a story, before it is routed to news topics. */
public record StoryChange(Type type, StoryState state, String articleId, String articleTitle, String mergedStoryId, long at) {

    /** Event types, as published. */
    public enum Type { CREATED, ARTICLE_ADDED, UPDATED, MERGED, TRENDING, CLOSED }
}
