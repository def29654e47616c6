package io.newswire.streams.stories;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.StoryLocation;
import io.newswire.avro.internal.EntityLabel;
import io.newswire.avro.internal.StoryState;
import io.newswire.streams.enrich.LanguageProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a story's state grows: absorbing an article, merging another story, recomputing the published
 * summary (top entities and keywords, categories, velocity, status) and spotting a burst.
 * Centroids and id lists are capped, so a story's state stays small however long it runs.
 */
final class StoryAccumulator {

    /** The entities a story's summary lists. */
    static final int TOP_ENTITIES = 8;

    static final int MAX_TERMS = 60;
    static final int MAX_ENTITIES = 30;
    static final int MAX_IDS = 20;
    /** Velocity and trending look two hours back; older times are dropped. */
    static final int MAX_TIMES = 50;
    static final long HOUR = Duration.ofHours(1).toMillis();

    private StoryAccumulator() {
    }

    static void absorb(StoryState state, ArticleFeatures f) {
        Story story = state.getStory();
        story.setArticleCount(story.getArticleCount() + 1);
        addSource(story, f.source());
        addCapped(story.getArticleIds(), f.id());
        Instant at = Instant.ofEpochMilli(f.time());
        if (at.isAfter(story.getLastSeen())) {
            story.setLastSeen(at);
        }
        if (at.isBefore(story.getFirstSeen())) {
            story.setFirstSeen(at);
        }
        if (f.dated()) {
            addDated(state, f.time(), 1);
        }
        f.terms().forEach((term, w) -> state.getTerms().merge(term, w, Double::sum));
        f.entities().forEach((id, w) -> state.getEntities().merge(id, w, Double::sum));
        state.getEntityNames().putAll(f.entityLabels());
        f.categories().forEach((code, w) -> state.getCategoryScores().merge(code, w, Double::sum));
        state.getArticleTimes().add(f.time());
        refresh(state, f.termWords());
    }

    /** Folds {@code absorbed} into {@code into}; the caller retires {@code absorbed}. */
    static void merge(StoryState into, StoryState absorbed) {
        Story target = into.getStory();
        Story other = absorbed.getStory();
        target.setArticleCount(target.getArticleCount() + other.getArticleCount());
        other.getSources().forEach(s -> addSource(target, s));
        other.getArticleIds().forEach(id -> addCapped(target.getArticleIds(), id));
        if (other.getFirstSeen().isBefore(target.getFirstSeen())) {
            target.setFirstSeen(other.getFirstSeen());
        }
        if (other.getLastSeen().isAfter(target.getLastSeen())) {
            target.setLastSeen(other.getLastSeen());
        }
        if (absorbed.getDatedTime() != null) {
            addDated(into, absorbed.getDatedTime(), absorbed.getDatedArticles());
        }
        absorbed.getTerms().forEach((k, v) -> into.getTerms().merge(k, v, Double::sum));
        absorbed.getEntities().forEach((k, v) -> into.getEntities().merge(k, v, Double::sum));
        absorbed.getEntityNames().forEach(into.getEntityNames()::putIfAbsent);
        absorbed.getCategoryScores().forEach((k, v) -> into.getCategoryScores().merge(k, v, Double::sum));
        into.getArticleTimes().addAll(absorbed.getArticleTimes());
        into.getAbsorbed().add(other.getId());
        absorbed.getAbsorbed().forEach(into.getAbsorbed()::add);
        Map<String, String> absorbedWords = new HashMap<>();
        LanguageProfile language = LanguageProfile.of(other.getLanguage());
        other.getTopKeywords().forEach(word -> absorbedWords.put(StoryTerms.term(language, word), word));
        refresh(into, absorbedWords);
    }

    /** The most salient place that has coordinates: where a map puts the story. */
    static StoryLocation location(List<StoryEntity> entities) {
        return entities.stream().filter(e -> "LOCATION".equals(e.getType()) && e.getLatitude() != null && e.getLongitude() != null)
                .findFirst().map(e -> new StoryLocation(e.getId(), e.getName(), e.getCountryCode(), e.getLatitude(), e.getLongitude()))
                .orElse(null);
    }

    /**
     * Recomputes the published summary and keeps the centroids bounded.
     *
     * @param termWords term → word, for terms the story may not have shown before
     */
    static void refresh(StoryState state, Map<String, String> termWords) {
        Story story = state.getStory();
        int n = story.getArticleCount();
        state.setTerms(Vectors.top(state.getTerms(), MAX_TERMS));
        state.setEntities(Vectors.top(state.getEntities(), MAX_ENTITIES));
        state.getEntityNames().keySet().retainAll(state.getEntities().keySet());
        story.setTopKeywords(new ArrayList<>(StoryTerms.words(story.getLanguage(), new ArrayList<>(Vectors.top(state.getTerms(), 8).keySet()),
                story.getTopKeywords(), termWords)));
        List<StoryEntity> entities = new ArrayList<>();
        Vectors.top(state.getEntities(), TOP_ENTITIES).forEach((id, w) -> {
            EntityLabel label = state.getEntityNames().getOrDefault(id, new EntityLabel(id, "MISC", null, null, null));
            entities.add(new StoryEntity(id, label.getName(), label.getType(), Math.round(w / n * 1000) / 1000.0, label.getCountryCode(),
                    label.getLatitude(), label.getLongitude()));
        });
        story.setTopEntities(entities);
        story.setLocation(location(entities));
        List<String> categories = new ArrayList<>();
        Vectors.top(state.getCategoryScores(), 3).forEach((code, sum) -> {
            if (sum / n >= 0.3) {
                categories.add(code);
            }
        });
        story.setCategories(categories);
        long last = story.getLastSeen().toEpochMilli();
        List<Long> times = new ArrayList<>(state.getArticleTimes().stream().filter(t -> t > last - 2 * HOUR).sorted().toList());
        state.setArticleTimes(times.size() > MAX_TIMES ? new ArrayList<>(times.subList(times.size() - MAX_TIMES, times.size())) : times);
        story.setVelocity(state.getArticleTimes().stream().filter(t -> t > last - HOUR).count());
        story.setStatus((n == 1 ? StoryStatus.EMERGING : StoryStatus.ACTIVE).name());
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

    private static void addDated(StoryState state, long time, int count) {
        int before = state.getDatedArticles();
        long mean = state.getDatedTime() == null ? time
                : Math.round((state.getDatedTime() * (double) before + time * (double) count) / (before + count));
        state.setDatedTime(mean);
        state.setDatedArticles(before + count);
    }

    private static void addSource(Story story, String source) {
        if (!story.getSources().contains(source)) {
            story.getSources().add(source);
        }
        story.setSourceCount(story.getSources().size());
    }

    static void addCapped(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
            while (ids.size() > MAX_IDS) {
                ids.remove(0);
            }
        }
    }
}
