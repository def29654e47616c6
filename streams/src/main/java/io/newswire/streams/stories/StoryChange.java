package io.newswire.streams.stories;

import io.newswire.avro.Story;

/**
 * One change to a story, before it is routed to news topics: a copy of the story as the change left it
 * (the clusterer goes on changing its state) and the story's change sequence number; and what the
 * cross-language linker compares of it.
 */
public record StoryChange(Type type, Story story, int sequence, String articleId, String articleTitle, String mergedStoryId, long at,
                          LinkFeatures link) {

    /**
     * Event types, as published in {@code StoryEvent.type} (a string there, for the reason {@link StoryStatus}
     * gives); LINKED comes from the cross-language linker, STORYLINE from the storyline task, the others from the clusterer.
     */
    public enum Type {
        CREATED, ARTICLE_ADDED, UPDATED, MERGED, TRENDING, CLOSED, LINKED, STORYLINE;

        public boolean is(String type) {
            return name().equals(type);
        }
    }
}
