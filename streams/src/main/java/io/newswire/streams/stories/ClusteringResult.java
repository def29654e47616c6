package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.CatalogueChanges;
import java.util.List;

/**
 * What clustering one article (or one close check) produced: the article with its story id, when there
 * is an article, and the story events in order, each with what the cross-language linker compares of its
 * story ({@code storyLinks}, one per event); and what linking the article's entities changed
 * in the catalogues, passed on to the linking task. Lives only between two processors of one task.
 */
public record ClusteringResult(Article article, List<StoryEvent> events, List<LinkFeatures> storyLinks,
                               List<CatalogueChanges> catalogueChanges) {
}
