package io.newswire.streams.stories;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
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
import java.util.Map;
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

    static final int MAX_TERMS = 50;
    static final int MAX_ENTITIES = 30;
    static final int MAX_IDS = 50;
    static final int INDEXED_KEYWORDS = 5;
    static final long HOUR = Duration.ofHours(1).toMillis();

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
                merge(story, absorbed);
                changes.add(change(StoryChange.Type.MERGED, story, null, absorbed.getStory().getId(), time));
            }
            absorb(story, features);
            changes.add(change(StoryChange.Type.ARTICLE_ADDED, story, features, null, time));
        }
        if (trending(story, time)) {
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
        absorb(state, f);
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

    private static void absorb(StoryState state, ArticleFeatures f) {
        Story story = state.getStory();
        story.setArticleCount(story.getArticleCount() + 1);
        if (!story.getSources().contains(f.source())) {
            story.getSources().add(f.source());
        }
        story.setSourceCount(story.getSources().size());
        addCapped(story.getArticleIds(), f.id());
        Instant at = Instant.ofEpochMilli(f.time());
        if (at.isAfter(story.getLastSeen())) {
            story.setLastSeen(at);
        }
        if (at.isBefore(story.getFirstSeen())) {
            story.setFirstSeen(at);
        }
        f.terms().forEach((term, w) -> state.getTerms().merge(term, w, Double::sum));
        f.entities().forEach((id, w) -> state.getEntities().merge(id, w, Double::sum));
        state.getEntityNames().putAll(f.entityNames());
        f.categories().forEach((code, w) -> state.getCategoryScores().merge(code, w, Double::sum));
        state.getArticleTimes().add(f.time());
        refresh(state);
    }

    private static void merge(StoryState into, StoryState absorbed) {
        Story target = into.getStory();
        Story other = absorbed.getStory();
        target.setArticleCount(target.getArticleCount() + other.getArticleCount());
        other.getSources().stream().filter(s -> !target.getSources().contains(s)).forEach(target.getSources()::add);
        target.setSourceCount(target.getSources().size());
        other.getArticleIds().forEach(id -> addCapped(target.getArticleIds(), id));
        if (other.getFirstSeen().isBefore(target.getFirstSeen())) {
            target.setFirstSeen(other.getFirstSeen());
            target.setTitle(other.getTitle());
        }
        if (other.getLastSeen().isAfter(target.getLastSeen())) {
            target.setLastSeen(other.getLastSeen());
        }
        absorbed.getTerms().forEach((k, v) -> into.getTerms().merge(k, v, Double::sum));
        absorbed.getEntities().forEach((k, v) -> into.getEntities().merge(k, v, Double::sum));
        into.getEntityNames().putAll(absorbed.getEntityNames());
        absorbed.getCategoryScores().forEach((k, v) -> into.getCategoryScores().merge(k, v, Double::sum));
        into.getArticleTimes().addAll(absorbed.getArticleTimes());
        refresh(into);
    }

    /** Recomputes the published summary and keeps the centroids bounded. */
    private static void refresh(StoryState state) {
        Story story = state.getStory();
        int n = story.getArticleCount();
        state.setTerms(top(state.getTerms(), MAX_TERMS));
        state.setEntities(top(state.getEntities(), MAX_ENTITIES));
        state.getEntityNames().keySet().retainAll(state.getEntities().keySet());
        story.setTopKeywords(new ArrayList<>(top(state.getTerms(), 8).keySet()));
        List<StoryEntity> entities = new ArrayList<>();
        top(state.getEntities(), 8).forEach((id, w) -> {
            String[] typeAndName = state.getEntityNames().getOrDefault(id, "MISC|" + id).split("\\|", 2);
            entities.add(new StoryEntity(id, typeAndName[1], typeAndName[0], Math.round(w / n * 1000) / 1000.0));
        });
        story.setTopEntities(entities);
        List<String> categories = new ArrayList<>();
        top(state.getCategoryScores(), 3).forEach((code, sum) -> {
            if (sum / n >= 0.3) {
                categories.add(code);
            }
        });
        story.setCategories(categories);
        List<Long> times = state.getArticleTimes();
        times.sort(Long::compare);
        while (times.size() > 100) {
            times.remove(0);
        }
        long last = story.getLastSeen().toEpochMilli();
        story.setVelocity(times.stream().filter(t -> t > last - HOUR).count());
        story.setStatus(n == 1 ? "EMERGING" : "ACTIVE");
    }

    /** Breaking news: at least three articles in the last hour and twice the hour before. Once per hour. */
    private static boolean trending(StoryState state, long now) {
        long lastHour = state.getArticleTimes().stream().filter(t -> t > now - HOUR && t <= now).count();
        long previousHour = state.getArticleTimes().stream().filter(t -> t > now - 2 * HOUR && t <= now - HOUR).count();
        if (lastHour >= 3 && lastHour >= 2 * previousHour && state.getTrendingUntil() <= now) {
            state.setTrendingUntil(now + HOUR);
            return true;
        }
        return false;
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

    private static void addCapped(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
            while (ids.size() > MAX_IDS) {
                ids.remove(0);
            }
        }
    }

    private static Map<String, Double> top(Map<String, Double> weights, int n) {
        Map<String, Double> top = new LinkedHashMap<>();
        weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
