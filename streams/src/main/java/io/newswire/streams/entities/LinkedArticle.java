package io.newswire.streams.entities;

import io.newswire.avro.Article;
import io.newswire.avro.internal.CatalogueChanges;
import java.util.List;

/**
 * An article with its entities resolved, and what resolving them changed in the catalogues (its language's, and
 * any entries forgotten meanwhile): one value, so the changes reach the linking task on the article's own linking
 * input rather than as a record of their own per article. Lives only between two processors of one task.
 */
public record LinkedArticle(Article article, List<CatalogueChanges> catalogueChanges) {
}
