package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.avro.StoryEvent;
import java.util.List;

/**
 * What clustering one article (or one close check) produced: the article with its story id, when there
 * is an article, and the story events in order. Lives only between two processors of one task.
 */
public record ClusteringResult(Article article, List<StoryEvent> events) {
}
