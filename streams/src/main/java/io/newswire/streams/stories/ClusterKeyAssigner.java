package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Chooses the partition key for story clustering: an "anchor" entity shared by articles about the same
 * event. It runs where every article passes (the single-partition near-duplicate stage), so it can
 * remember which anchor each salient entity was given: an article reuses the anchor of its most
 * salient already-anchored entities, a near-duplicate takes its original's anchor, anything else
 * anchors on its own most salient entity. Clustering itself then runs in parallel, one anchor per key.
 */
public final class ClusterKeyAssigner {

    static final int ANCHOR_ENTITIES = 3;
    static final double MIN_SALIENCE = 0.3;

    private final KeyValueStore<String, String> entityAnchors;
    private final KeyValueStore<String, String> articleAnchors;

    public ClusterKeyAssigner(KeyValueStore<String, String> entityAnchors, KeyValueStore<String, String> articleAnchors) {
        this.entityAnchors = entityAnchors;
        this.articleAnchors = articleAnchors;
    }

    public String assign(Article article, long time) {
        String known = anchorOf(articleAnchors.get(article.getId()));
        if (known != null) {
            return known;
        }
        List<Entity> salient = article.getEntities().stream()
                .filter(e -> !e.getType().equals("MISC") && e.getSalience() >= MIN_SALIENCE)
                .sorted(Comparator.comparingDouble(Entity::getSalience).reversed().thenComparing(Entity::getId))
                .limit(ANCHOR_ENTITIES).toList();
        String anchor = article.getDuplicateOf() == null ? null : anchorOf(articleAnchors.get(article.getDuplicateOf()));
        if (anchor == null) {
            Map<String, Double> votes = new LinkedHashMap<>();
            for (Entity entity : salient) {
                String existing = anchorOf(entityAnchors.get(entity.getId()));
                if (existing != null) {
                    votes.merge(existing, entity.getSalience(), Double::sum);
                }
            }
            // Highest vote wins; ties go to the alphabetically first anchor, so replays decide the same.
            Comparator<Map.Entry<String, Double>> byVote = Map.Entry.comparingByValue();
            Comparator<Map.Entry<String, Double>> byName = Map.Entry.comparingByKey();
            anchor = votes.entrySet().stream().max(byVote.thenComparing(byName.reversed())).map(Map.Entry::getKey)
                    .orElse(salient.isEmpty() ? "article:" + article.getId() : salient.get(0).getId());
        }
        String value = anchor + "|" + time;
        for (Entity entity : salient) {
            if (entityAnchors.get(entity.getId()) == null) {
                entityAnchors.put(entity.getId(), value);
            }
        }
        articleAnchors.put(article.getId(), value);
        return anchor;
    }

    /** Forgets anchors not used since the cut-off, so state is bounded by the story retention. */
    public void evictOlderThan(long cutoff) {
        for (KeyValueStore<String, String> store : List.of(entityAnchors, articleAnchors)) {
            List<String> expired = new ArrayList<>();
            try (KeyValueIterator<String, String> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<String, String> entry = all.next();
                    if (Long.parseLong(entry.value.substring(entry.value.lastIndexOf('|') + 1)) < cutoff) {
                        expired.add(entry.key);
                    }
                }
            }
            expired.forEach(store::delete);
        }
    }

    private static String anchorOf(String value) {
        return value == null ? null : value.substring(0, value.lastIndexOf('|'));
    }
}
