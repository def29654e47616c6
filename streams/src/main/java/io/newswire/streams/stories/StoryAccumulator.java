package io.newswire.streams.stories;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.internal.StoryState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a story's state grows: absorbing an article, merging another story, recomputing the published
 * summary (top entities and keywords, categories, velocity, status) and spotting a burst.
 * Centroids and id lists are capped, so a story's state stays small however long it runs.
 */
final class StoryAccumulator {

    static final int MAX_TERMS = 50;
    static final int MAX_ENTITIES = 30;
    static final int MAX_IDS = 50;
    static final long HOUR = java.time.Duration.ofHours(1).toMillis();

    private StoryAccumulator() {
    }

    static void absorb(StoryState state, ArticleFeatures f) {
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

    static void merge(StoryState into, StoryState absorbed) {
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
    static void refresh(StoryState state) {
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
    static boolean trending(StoryState state, long now) {
        long lastHour = state.getArticleTimes().stream().filter(t -> t > now - HOUR && t <= now).count();
        long previousHour = state.getArticleTimes().stream().filter(t -> t > now - 2 * HOUR && t <= now - HOUR).count();
        if (lastHour >= 3 && lastHour >= 2 * previousHour && state.getTrendingUntil() <= now) {
            state.setTrendingUntil(now + HOUR);
            return true;
        }
        return false;
    }

    static void addCapped(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
            while (ids.size() > MAX_IDS) {
                ids.remove(0);
            }
        }
    }

    static Map<String, Double> top(Map<String, Double> weights, int n) {
        Map<String, Double> top = new LinkedHashMap<>();
        weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
