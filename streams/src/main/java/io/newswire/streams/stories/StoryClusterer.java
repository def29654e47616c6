package io.newswire.streams.stories;

import io.newswire.avro.Story;
import io.newswire.avro.internal.StoryState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Online clustering of the articles of one partition into stories. Candidates come from an inverted
 * index (entity ids and top keywords → story ids), never from a scan; the best candidate above the
 * threshold takes the article, a near-duplicate always joins its original's story, and an article
 * that fits two stories merges them. Stories close after inactivity, which bounds the state.
 */
public final class StoryClusterer {

    static final int MAX_IDS = 50;
    static final int INDEXED_KEYWORDS = 5;

    private final KeyValueStore<String, StoryState> stories;
    private final KeyValueStore<String, String> index;
    private final KeyValueStore<String, String> articleStories;
    private final double threshold;
    private final Duration inactivity;

    public StoryClusterer(KeyValueStore<String, StoryState> stories, KeyValueStore<String, String> index,
                          KeyValueStore<String, String> articleStories, double threshold, Duration inactivity) {
        this.stories = stories;
        this.index = index;
        this.articleStories = articleStories;
        this.threshold = threshold;
        this.inactivity = inactivity;
    }

    /** Rebuilds the (unlogged) candidate index from the (logged) stories when it is empty but they are not. */
    public int rebuildIndexIfEmpty() {
        try (KeyValueIterator<String, String> any = index.all()) {
            if (any.hasNext()) {
                return 0;
            }
        }
        int rebuilt = 0;
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            while (all.hasNext()) {
                StoryState story = all.next().value;
                List<String> keys = new ArrayList<>(story.getEntities().keySet());
                story.getTerms().keySet().forEach(t -> keys.add("k:" + t));
                for (String key : keys) {
                    addToIndex(key, story.getStory().getId());
                }
                rebuilt++;
            }
        }
        return rebuilt;
    }

    public List<StoryChange> add(io.newswire.avro.Article article, long time) {
        ArticleFeatures features = ArticleFeatures.of(article, time);
        if (articleStories.get(features.id()) != null && stories.get(articleStories.get(features.id())) != null) {
            return List.of();
        }
        List<StoryChange> changes = new ArrayList<>();
        List<StoryState> matches = new ArrayList<>();
        for (String storyId : candidates(features)) {
            StoryState candidate = stories.get(storyId);
            if (candidate != null && StorySimilarity.score(features, candidate) >= threshold) {
                matches.add(candidate);
            }
        }
        matches.sort(Comparator.comparingDouble((StoryState s) -> -StorySimilarity.score(features, s))
                .thenComparing(s -> s.getStory().getId()));
        // A near-duplicate always joins its original's story, whatever the scores say.
        StoryState original = features.duplicateOf() == null ? null : storyOfArticle(features.duplicateOf());
        if (original != null) {
            String originalId = original.getStory().getId();
            matches.removeIf(s -> s.getStory().getId().equals(originalId));
            matches.add(0, original);
        }
        StoryState story;
        if (matches.isEmpty()) {
            story = newStory(features);
            changes.add(change(StoryChange.Type.CREATED, story, features, null, time));
        } else {
            story = matches.get(0);
            for (StoryState absorbed : matches.subList(1, matches.size())) {
                StoryAccumulator.merge(story, absorbed);
                changes.add(change(StoryChange.Type.MERGED, story, null, absorbed.getStory().getId(), time));
            }
            StoryAccumulator.absorb(story, features);
            changes.add(change(StoryChange.Type.ARTICLE_ADDED, story, features, null, time));
        }
        if (StoryAccumulator.trending(story, time)) {
            changes.add(change(StoryChange.Type.TRENDING, story, null, null, time));
        }
        save(story, features);
        return changes;
    }

    /** Closes stories that had no article for the inactivity period (in stream time). */
    public List<StoryChange> closeInactive(long streamTime) {
        long cutoff = streamTime - inactivity.toMillis();
        List<StoryState> expired = new ArrayList<>();
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryState> entry = all.next();
                if (entry.value.getStory().getLastSeen().toEpochMilli() < cutoff) {
                    expired.add(entry.value);
                }
            }
        }
        List<StoryChange> changes = new ArrayList<>();
        for (StoryState story : expired) {
            story.getStory().setStatus("CLOSED");
            changes.add(change(StoryChange.Type.CLOSED, story, null, null, streamTime));
            story.getStory().getArticleIds().forEach(articleStories::delete);
            stories.delete(story.getStory().getId());
        }
        return changes;
    }

    private StoryState storyOfArticle(String articleId) {
        String storyId = articleStories.get(articleId);
        return storyId == null ? null : stories.get(storyId);
    }

    private Set<String> candidates(ArticleFeatures features) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : indexKeys(features)) {
            String list = index.get(key);
            if (list != null) {
                ids.addAll(List.of(list.split(",")));
            }
        }
        return ids;
    }

    private static List<String> indexKeys(ArticleFeatures features) {
        List<String> keys = new ArrayList<>(features.entities().keySet());
        features.terms().keySet().stream().limit(INDEXED_KEYWORDS).forEach(t -> keys.add("k:" + t));
        return keys;
    }

    private StoryState newStory(ArticleFeatures f) {
        Instant at = Instant.ofEpochMilli(f.time());
        Story story = Story.newBuilder().setId(storyId(f.id())).setTitle(f.title()).setFirstSeen(at).setLastSeen(at)
                .setArticleCount(0).setSourceCount(0).setSources(new ArrayList<>()).setArticleIds(new ArrayList<>())
                .setStatus("EMERGING").setVelocity(0).setLanguage(f.language()).build();
        StoryState state = StoryState.newBuilder().setStory(story).setTerms(new LinkedHashMap<>()).setEntities(new LinkedHashMap<>())
                .setEntityNames(new LinkedHashMap<>()).setCategoryScores(new LinkedHashMap<>()).setArticleTimes(new ArrayList<>())
                .setSequence(0).build();
        StoryAccumulator.absorb(state, f);
        return state;
    }

    /** Deterministic, so a replay or a restart names the story the same. */
    static String storyId(String firstArticleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
            return "story-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }





    private void save(StoryState story, ArticleFeatures f) {
        String id = story.getStory().getId();
        stories.put(id, story);
        articleStories.put(f.id(), id);
        for (String key : indexKeys(f)) {
            addToIndex(key, id);
        }
    }

    private void addToIndex(String key, String storyId) {
        String list = index.get(key);
        List<String> ids = list == null ? new ArrayList<>() : new ArrayList<>(List.of(list.split(",")));
        if (!ids.contains(storyId)) {
            ids.add(storyId);
            while (ids.size() > MAX_IDS) {
                ids.remove(0);
            }
            index.put(key, String.join(",", ids));
        }
    }

    private static StoryChange change(StoryChange.Type type, StoryState state, ArticleFeatures f, String mergedId, long at) {
        state.setSequence(state.getSequence() + 1);
        return new StoryChange(type, StoryState.newBuilder(state).build(), f == null ? null : f.id(), f == null ? null : f.title(), mergedId, at);
    }


}
