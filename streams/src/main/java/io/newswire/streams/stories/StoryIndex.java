package io.newswire.streams.stories;

import io.newswire.streams.DerivedStores;
import io.newswire.avro.internal.StoryState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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

    /** Open stories sharing the most keys with the article, most shared first, then by id. */
    List<String> candidates(ArticleFeatures article) {
        List<String> keys = keys(article.entities(), article.terms());
        Map<String, int[]> hits = new HashMap<>();
        for (String key : keys) {
            List<String> ids = index.get(key);
            if (ids != null) {
                for (String id : ids) {
                    hits.computeIfAbsent(id, x -> new int[1])[0]++;
                }
            }
        }
        return mostShared(hits, keys.size(), MAX_CANDIDATES);
    }

    /**
     * The {@code limit} ids with the highest counts, ties by id. Counts are at most the article's number of
     * keys, so ids are bucketed by count and only the last bucket reached is cut; sorting all hits (up to
     * 20 keys × 100 stories) was an eighth of the per-language stage.
     */
    static List<String> mostShared(Map<String, int[]> hits, int maxCount, int limit) {
        List<List<String>> byCount = new ArrayList<>(maxCount + 1);
        for (int i = 0; i <= maxCount; i++) {
            byCount.add(new ArrayList<>());
        }
        hits.forEach((id, count) -> byCount.get(Math.min(count[0], maxCount)).add(id));
        List<String> chosen = new ArrayList<>(Math.min(limit, hits.size()));
        for (int count = maxCount; count > 0 && chosen.size() < limit; count--) {
            List<String> ids = byCount.get(count);
            int room = limit - chosen.size();
            if (ids.size() <= room) {
                ids.sort(null);
                chosen.addAll(ids);
            } else {
                chosen.addAll(smallest(ids, room));
            }
        }
        return chosen;
    }

    private static List<String> smallest(List<String> ids, int n) {
        PriorityQueue<String> largestFirst = new PriorityQueue<>(n + 1, Comparator.reverseOrder());
        for (String id : ids) {
            if (largestFirst.size() < n) {
                largestFirst.add(id);
            } else if (id.compareTo(largestFirst.peek()) < 0) {
                largestFirst.poll();
                largestFirst.add(id);
            }
        }
        List<String> kept = new ArrayList<>(largestFirst);
        kept.sort(null);
        return kept;
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
