package io.newswire.streams.stories;

import io.newswire.streams.DerivedStores;
import io.newswire.avro.internal.StoryState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Candidate stories for an article without a scan: an inverted index from entity ids and content words
 * to the ids of open stories that weigh them. Unlogged (it is derived), so it is rebuilt from the
 * stories store when a task starts with it empty. Lists keep the most recent stories per key.
 */
final class StoryIndex {

    static final int MAX_STORIES_PER_KEY = 100;
    static final int INDEXED_ENTITIES = 10;
    static final int INDEXED_TERMS = 10;
    /** Candidates scored per article: those sharing the most keys with it. */
    static final int MAX_CANDIDATES = 40;

    private final KeyValueStore<String, List<String>> index;

    StoryIndex(KeyValueStore<String, List<String>> index) {
        this.index = index;
    }

    int rebuildIfEmpty(KeyValueStore<String, StoryState> stories) {
        if (!DerivedStores.isEmpty(index)) {
            return 0;
        }
        int rebuilt = 0;
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            while (all.hasNext()) {
                add(all.next().value);
                rebuilt++;
            }
        }
        return rebuilt;
    }

    /** Open stories sharing the most keys with the article, most shared first. */
    List<String> candidates(ArticleFeatures article) {
        Map<String, Integer> hits = new HashMap<>();
        for (String key : keys(article.entities(), article.terms())) {
            List<String> ids = index.get(key);
            if (ids != null) {
                ids.forEach(id -> hits.merge(id, 1, Integer::sum));
            }
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
    }

    void add(StoryState story) {
        add(story, List.of());
    }

    /** Indexes the story under its current keys, skipping those it was already indexed under. */
    void add(StoryState story, List<String> alreadyIndexed) {
        String id = story.getStory().getId();
        for (String key : keys(story)) {
            if (alreadyIndexed.contains(key)) {
                continue;
            }
            List<String> ids = index.get(key);
            List<String> updated = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
            if (!updated.contains(id)) {
                updated.add(id);
                if (updated.size() > MAX_STORIES_PER_KEY) {
                    updated.remove(0);
                }
                index.put(key, updated);
            }
        }
    }

    void remove(StoryState story) {
        String id = story.getStory().getId();
        for (String key : keys(story)) {
            List<String> ids = index.get(key);
            if (ids != null && ids.contains(id)) {
                List<String> updated = new ArrayList<>(ids);
                updated.remove(id);
                if (updated.isEmpty()) {
                    index.delete(key);
                } else {
                    index.put(key, updated);
                }
            }
        }
    }

    static List<String> keys(StoryState story) {
        return keys(story.getEntities(), story.getTerms());
    }

    private static List<String> keys(Map<String, Double> entities, Map<String, Double> terms) {
        List<String> keys = new ArrayList<>();
        heaviest(entities, INDEXED_ENTITIES).forEach(e -> keys.add("e:" + e));
        heaviest(terms, INDEXED_TERMS).forEach(t -> keys.add("t:" + t));
        return keys;
    }

    private static List<String> heaviest(Map<String, Double> weights, int n) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
