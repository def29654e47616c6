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
    private static final Comparator<Long> BY_ID = Long::compareUnsigned;

    private final KeyValueStore<String, StoryIds> index;

    StoryIndex(KeyValueStore<String, StoryIds> index) {
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
        Map<Long, int[]> hits = new HashMap<>();
        for (String key : keys) {
            StoryIds ids = index.get(key);
            if (ids != null) {
                for (int i = 0; i < ids.size(); i++) {
                    hits.computeIfAbsent(ids.get(i), x -> new int[1])[0]++;
                }
            }
        }
        return mostShared(hits, keys.size(), MAX_CANDIDATES).stream().map(StoryIds::unpack).toList();
    }

    /**
     * The {@code limit} ids with the highest counts, ties by id. Counts are at most the article's number of
     * keys, so ids are bucketed by count and only the last bucket reached is cut; sorting all hits (up to
     * 20 keys × 100 stories) was an eighth of the per-language stage. Ids compare unsigned: the order of
     * the story ids they stand for.
     */
    static List<Long> mostShared(Map<Long, int[]> hits, int maxCount, int limit) {
        List<List<Long>> byCount = new ArrayList<>(maxCount + 1);
        for (int i = 0; i <= maxCount; i++) {
            byCount.add(new ArrayList<>());
        }
        hits.forEach((id, count) -> byCount.get(Math.min(count[0], maxCount)).add(id));
        List<Long> chosen = new ArrayList<>(Math.min(limit, hits.size()));
        for (int count = maxCount; count > 0 && chosen.size() < limit; count--) {
            List<Long> ids = byCount.get(count);
            int room = limit - chosen.size();
            if (ids.size() <= room) {
                ids.sort(BY_ID);
                chosen.addAll(ids);
            } else {
                chosen.addAll(smallest(ids, room));
            }
        }
        return chosen;
    }

    private static List<Long> smallest(List<Long> ids, int n) {
        PriorityQueue<Long> largestFirst = new PriorityQueue<>(n + 1, BY_ID.reversed());
        for (Long id : ids) {
            if (largestFirst.size() < n) {
                largestFirst.add(id);
            } else if (BY_ID.compare(id, largestFirst.peek()) < 0) {
                largestFirst.poll();
                largestFirst.add(id);
            }
        }
        List<Long> kept = new ArrayList<>(largestFirst);
        kept.sort(BY_ID);
        return kept;
    }

    void add(StoryState story) {
        add(story, List.of());
    }

    /** Indexes the story under its current keys, skipping those it was already indexed under. */
    void add(StoryState story, List<String> alreadyIndexed) {
        long id = StoryIds.pack(story.getStory().getId());
        for (String key : keys(story)) {
            if (alreadyIndexed.contains(key)) {
                continue;
            }
            StoryIds ids = index.get(key);
            StoryIds updated = (ids == null ? StoryIds.EMPTY : ids).with(id, MAX_STORIES_PER_KEY);
            if (updated != ids) {
                index.put(key, updated);
            }
        }
    }

    void remove(StoryState story) {
        long id = StoryIds.pack(story.getStory().getId());
        for (String key : keys(story)) {
            StoryIds ids = index.get(key);
            if (ids != null && ids.contains(id)) {
                StoryIds updated = ids.without(id);
                if (updated.size() == 0) {
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
