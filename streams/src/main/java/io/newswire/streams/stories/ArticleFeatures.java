package io.newswire.streams.stories;

import io.newswire.streams.enrich.NearDuplicateIndex;
import io.newswire.avro.Article;
import io.newswire.avro.Category;
import io.newswire.avro.Entity;
import io.newswire.avro.Keyword;
import io.newswire.avro.internal.EntityLabel;
import io.newswire.streams.enrich.EntityType;
import io.newswire.streams.enrich.LanguageProfile;
import io.newswire.streams.parse.EventTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What clustering looks at in an article, as sub-vectors compared separately (after Miranda et al.
 * 2018): content-word TF-IDF, entities weighted by salience, categories; plus its event time, and
 * whether that time is a stated publication time (only then is it evidence about the event). Terms are
 * {@link StoryTerms}; {@code termWords} gives the word the article wrote for each stem (none in English).
 */
record ArticleFeatures(String id, String title, String source, String language, long time, boolean dated,
                       Map<String, Double> terms, Map<String, Double> entities, Map<String, EntityLabel> entityLabels,
                       Map<String, Double> categories, String copyOf, Map<String, String> termWords) {

    static final int MAX_ENTITIES = 15;

    static ArticleFeatures of(Article article) {
        Map<String, Double> terms = new LinkedHashMap<>();
        Map<String, String> termWords = new LinkedHashMap<>();
        LanguageProfile language = LanguageProfile.of(article.getLanguage());
        boolean stemmed = StoryTerms.stemmed(language);
        for (Keyword k : article.getKeywords()) {
            String term = StoryTerms.term(language, k.getTerm());
            terms.merge(term, k.getScore(), Double::sum);
            if (stemmed) {
                termWords.putIfAbsent(term, k.getTerm());
            }
        }
        Map<String, Double> entities = new LinkedHashMap<>();
        Map<String, EntityLabel> labels = new LinkedHashMap<>();
        // "Russian", "American" say little about which event an article reports beyond the country it names
        // anyway; a group word with no one country ("Korean", "Kurdish", "Catholics") is kept as evidence.
        List<Entity> named = article.getEntities().stream().filter(e -> !EntityType.NORP.name().equals(e.getType()) || e.getRefersTo() == null).toList();
        for (Entity e : named.subList(0, Math.min(MAX_ENTITIES, named.size()))) {
            entities.put(e.getId(), e.getSalience());
            labels.put(e.getId(), new EntityLabel(e.getName(), e.getType(), e.getCountryCode(), e.getLatitude(), e.getLongitude()));
        }
        Map<String, Double> categories = new LinkedHashMap<>();
        for (Category c : article.getCategories()) {
            categories.put(c.getCode(), c.getScore());
        }
        Instant fetched = article.getIngestedAt();
        Instant published = EventTime.published(article.getPublishedAt(), article.getPublishedDate(), fetched);
        Instant time = EventTime.of(article);
        return new ArticleFeatures(article.getId(), article.getTitle(), article.getSource(), article.getLanguage(), time.toEpochMilli(),
                published != null, Vectors.unit(terms), Vectors.unit(entities), labels, categories, copyOf(article), termWords);
    }

    private static String copyOf(Article article) {
        if (article.getDuplicateOf() == null) {
            return null;
        }
        double similarity = article.getDuplicateSimilarity() == null ? 0 : article.getDuplicateSimilarity();
        double share = article.getSharedTextShare() == null ? 0 : article.getSharedTextShare();
        // Records written before duplicate_of meant a copy only may still mark a shared passage.
        return NearDuplicateIndex.isCopy(similarity, share) ? article.getDuplicateOf() : null;
    }
}
