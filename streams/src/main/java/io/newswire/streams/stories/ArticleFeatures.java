package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.avro.Category;
import io.newswire.avro.Entity;
import io.newswire.avro.Keyword;
import java.util.LinkedHashMap;
import java.util.Map;

/** What clustering looks at in an article: keyword weights, entity saliences, categories, time and source. */
record ArticleFeatures(String id, String title, String source, String language, long time,
                       Map<String, Double> terms, Map<String, Double> entities, Map<String, String> entityNames,
                       Map<String, Double> categories, String duplicateOf) {

    static final int MAX_ENTITIES = 12;

    static ArticleFeatures of(Article article, long time) {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (Keyword k : article.getKeywords()) {
            terms.put(k.getTerm(), k.getScore());
        }
        Map<String, Double> entities = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Entity e : article.getEntities().subList(0, Math.min(MAX_ENTITIES, article.getEntities().size()))) {
            entities.put(e.getId(), e.getSalience());
            names.put(e.getId(), e.getType() + "|" + e.getName());
        }
        Map<String, Double> categories = new LinkedHashMap<>();
        for (Category c : article.getCategories()) {
            categories.put(c.getCode(), c.getScore());
        }
        return new ArticleFeatures(article.getId(), article.getTitle(), article.getSource(), article.getLanguage(), time,
                terms, entities, names, categories, article.getDuplicateOf());
    }
}
