package io.newswire.streams.stories;

import java.util.Map;

/**
 * What the cross-language linker compares of a story as a change left it: its strongest entity ids with their
 * centroid weights ({@link StoryLinker#LINKED_ENTITIES} of them: more than the summary lists), and the mean
 * stated publication time of its articles, null when none states one. A fetch time says nothing of when an event
 * happened: in a replay of an archive where some pages carry dates and some do not, comparing it with a stated
 * date kept a German and an English story of one event apart by years.
 */
public record LinkFeatures(Map<String, Double> entities, Long datedTime) {

    public static final LinkFeatures NONE = new LinkFeatures(Map.of(), null);
}
