package io.newswire.streams.stories;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.Storyline;
import io.newswire.avro.StorylineActor;
import io.newswire.avro.internal.StorylineState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Groups stories into storylines: the stories of the same actors over weeks and months (a war, a trial, a
 * company's crisis), in every language, since entity ids are one per entity in every language. A story
 * joins the storyline whose actors it shares most (cosine of actor weights ≥ {@link #THRESHOLD}, and at least
 * one shared person, organisation or named thing: a shared place alone is a setting, not an actor); otherwise
 * it starts its own. A story alone in its storyline may still move to one that fits better as it grows; a
 * story with company stays. Look-alike events with other actors (two celebrities entering rehab) stay apart,
 * whatever the words say. A storyline leaves after {@link #RETENTION} without a story change.
 */
public final class StorylineAssigner {

    static final double THRESHOLD = 0.5;
    static final Duration RETENTION = Duration.ofDays(90);
    static final int MAX_STORY_IDS = 50;
    static final int MAX_ACTORS = 20;
    /** Storylines scored per story change, those sharing the most indexed actors with it. */
    static final int MAX_CANDIDATES = 20;
    /** A place says where, not who: it counts for half a person or organisation. */
    private static final double PLACE_WEIGHT = 0.5;
    private static final String PREFIX = "storyline-";

    /**
     * What one story change did: the story's storyline, whether the story just joined one that holds other
     * stories too, and the storylines whose stories changed, to publish (story_count 0: it left). A storyline
     * is published when its stories change, not on every change of their actors' weights: one record per
     * story change would double what the linking task writes.
     */
    public record Update(String storylineId, boolean joinedOthers, List<Storyline> changed) {
    }

    /** Storylines kept decoded: each story change scores up to {@link #MAX_CANDIDATES} of them. */
    static final int DECODED = 500;

    private final RecentlyDecoded<StorylineState> storylines;
    private final KeyValueStore<String, String> storylineOf;
    /* Derived from the storylines above and rebuilt on start: actor id → storylines that weigh it. */
    /* Only people, organisations and named things are indexed: a storyline must share one of them, and a place
       ("United States") would make every storyline of a country a candidate of every story that names it. */
    private final Map<String, Set<String>> index = new HashMap<>();

    public StorylineAssigner(KeyValueStore<String, StorylineState> storylines, KeyValueStore<String, String> storylineOf) {
        this.storylines = new RecentlyDecoded<>(storylines, DECODED);
        this.storylineOf = storylineOf;
    }

    public void start() {
        index.clear();
        try (KeyValueIterator<String, StorylineState> all = storylines.store().all()) {
            while (all.hasNext()) {
                KeyValue<String, StorylineState> next = all.next();
                indexActors(next.key, next.value.getActors().keySet(), next.value.getActorTypes());
            }
        }
    }

    /** A story changed: keeps its actors in its storyline, or places it in one. */
    public Update update(Story story) {
        try {
            return change(story);
        } catch (RuntimeException e) {
            // Decoded storylines may have been changed in place before the failure without reaching the store.
            storylines.forget();
            throw e;
        }
    }

    private Update change(Story story) {
        String storyId = story.getId();
        String current = storylineOf.get(storyId);
        if (story.getMergedInto() != null) {
            return current == null ? new Update(null, false, List.of()) : new Update(null, false, List.of(leave(current, storyId)));
        }
        Update update = place(story, current);
        if (StoryStatus.CLOSED.is(story.getStatus())) {
            close(update.storylineId(), storyId);
        }
        return update;
    }

    private Update place(Story story, String current) {
        Map<String, Double> actors = actors(story);
        StorylineState own = current == null ? null : storylines.get(current);
        boolean alone = own == null || own.getStoryline().getStoryCount() <= 1;
        List<Storyline> changed = new ArrayList<>();
        if (alone) {
            String best = best(actors, current);
            if (best != null) {
                if (own != null) {
                    changed.add(leave(current, story.getId()));
                }
                changed.add(join(storylines.get(best), story, actors));
                return new Update(best, true, changed);
            }
        }
        if (own == null) {
            StorylineState created = newStoryline(story);
            changed.add(join(created, story, actors));
            return new Update(created.getStoryline().getId(), false, changed);
        }
        join(own, story, actors);
        return new Update(current, false, changed);
    }

    /** Storylines without a story change for the retention period before {@code now} leave (story_count 0). */
    public List<Storyline> expire(Instant now) {
        Instant cutoff = now.minus(RETENTION);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, StorylineState> all = storylines.store().all()) {
            while (all.hasNext()) {
                KeyValue<String, StorylineState> next = all.next();
                if (next.value.getStoryline().getLastSeen().isBefore(cutoff)) {
                    expired.add(next.key);
                }
            }
        }
        List<Storyline> gone = new ArrayList<>();
        for (String id : expired) {
            StorylineState state = storylines.get(id);
            // Open stories only: a closed story's membership left when it closed.
            state.getStoryActors().keySet().forEach(storylineOf::delete);
            unindexActors(id, state.getActors().keySet());
            storylines.delete(id);
            Storyline storyline = state.getStoryline();
            storyline.setStoryCount(0);
            gone.add(storyline);
        }
        return gone;
    }

    /** The best storyline other than {@code excluded} for these actors, or null. */
    private String best(Map<String, Double> actors, String excluded) {
        Map<String, Integer> shared = new HashMap<>();
        for (String actor : actors.keySet()) {
            index.getOrDefault(actor, Set.of()).forEach(id -> shared.merge(id, 1, Integer::sum));
        }
        if (excluded != null) {
            shared.remove(excluded);
        }
        // Only the storylines sharing the most actors are loaded: a story change must not read every storyline of a famous name.
        List<String> candidates = shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
        String best = null;
        double bestScore = THRESHOLD;
        for (String id : candidates) {
            StorylineState state = storylines.get(id);
            if (state == null || !sharesAnActor(actors, state)) {
                continue;
            }
            double score = cosine(actors, state.getActors());
            if (score >= bestScore) {
                best = id;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean sharesAnActor(Map<String, Double> actors, StorylineState state) {
        for (String actor : actors.keySet()) {
            String type = state.getActorTypes().get(actor);
            if (type != null && !type.equals("LOCATION")) {
                return true;
            }
        }
        return false;
    }

    /** Adds or refreshes the story in the storyline: its old actor weights come out, its new ones go in. */
    private Storyline join(StorylineState state, Story story, Map<String, Double> actors) {
        String id = state.getStoryline().getId();
        Map<String, Double> before = state.getStoryActors().put(story.getId(), actors);
        if (before != null) {
            before.forEach((actor, w) -> state.getActors().merge(actor, -w, Double::sum));
        }
        actors.forEach((actor, w) -> state.getActors().merge(actor, w, Double::sum));
        for (StoryEntity e : story.getTopEntities()) {
            state.getActorNames().put(e.getId(), e.getName());
            state.getActorTypes().put(e.getId(), e.getType());
        }
        state.getStorySizes().put(story.getId(), story.getArticleCount());
        state.getStoryTitles().put(story.getId(), story.getTitle());
        Storyline storyline = state.getStoryline();
        // A copy: a list read back from the store is Avro's, which cannot remove.
        List<String> ids = new ArrayList<>(storyline.getStoryIds());
        if (!ids.contains(story.getId())) {
            ids.add(story.getId());
            if (ids.size() > MAX_STORY_IDS) {
                ids.remove(0);
            }
            storyline.setStoryIds(ids);
        }
        if (story.getLastSeen().isAfter(storyline.getLastSeen())) {
            storyline.setLastSeen(story.getLastSeen());
        }
        if (story.getFirstSeen().isBefore(storyline.getFirstSeen())) {
            storyline.setFirstSeen(story.getFirstSeen());
        }
        if (story.getLanguage() != null && !storyline.getLanguages().contains(story.getLanguage())) {
            storyline.getLanguages().add(story.getLanguage());
        }
        refresh(state);
        storylines.put(id, state);
        // Written when it changes only: a membership per story change would log one more record per article.
        if (!id.equals(storylineOf.get(story.getId()))) {
            storylineOf.put(story.getId(), id);
        }
        indexActors(id, actors.keySet(), state.getActorTypes());
        return storyline;
    }

    /**
     * A closed story takes no more articles: its weights stay in the storyline's sums, its own breakdown and
     * membership go, so the state holds only the stories still open.
     */
    private void close(String storylineId, String storyId) {
        StorylineState state = storylines.get(storylineId);
        if (state == null || state.getStoryActors().remove(storyId) == null) {
            return;
        }
        state.setClosedStories(state.getClosedStories() + 1);
        Integer size = state.getStorySizes().remove(storyId);
        state.setClosedArticles(state.getClosedArticles() + (size == null ? 0 : size));
        state.getStoryTitles().remove(storyId);
        storylines.put(storylineId, state);
        storylineOf.delete(storyId);
    }

    private Storyline leave(String storylineId, String storyId) {
        StorylineState state = storylines.get(storylineId);
        storylineOf.delete(storyId);
        if (state == null) {
            return null;
        }
        Map<String, Double> actors = state.getStoryActors().remove(storyId);
        if (actors != null) {
            actors.forEach((actor, w) -> state.getActors().merge(actor, -w, Double::sum));
        }
        state.getStorySizes().remove(storyId);
        state.getStoryTitles().remove(storyId);
        state.getStoryline().setStoryIds(new ArrayList<>(state.getStoryline().getStoryIds().stream().filter(id -> !id.equals(storyId)).toList()));
        refresh(state);
        if (state.getStoryActors().isEmpty() && state.getClosedStories() == 0) {
            unindexActors(storylineId, state.getActors().keySet());
            storylines.delete(storylineId);
        } else {
            storylines.put(storylineId, state);
        }
        return state.getStoryline();
    }

    /** Recomputes the published summary: counts, the largest story's title, the heaviest actors. */
    private static void refresh(StorylineState state) {
        state.getActors().values().removeIf(w -> w < 1e-9);
        // Names and types only of actors the storyline still has: a story's top entities change as it grows, and
        // keeping every entity it ever had grew the state (logged whole on each change) for the storyline's life.
        state.getActorNames().keySet().retainAll(state.getActors().keySet());
        state.getActorTypes().keySet().retainAll(state.getActors().keySet());
        Storyline storyline = state.getStoryline();
        storyline.setStoryCount(state.getStoryActors().size() + state.getClosedStories());
        storyline.setArticleCount(state.getStorySizes().values().stream().mapToInt(Integer::intValue).sum() + state.getClosedArticles());
        // The largest story's title; a closed story keeps it until an open one grows larger.
        state.getStorySizes().entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .filter(e -> e.getValue() >= state.getTitleArticles())
                .ifPresent(e -> {
                    storyline.setTitle(state.getStoryTitles().get(e.getKey()));
                    state.setTitleArticles(e.getValue());
                });
        storyline.setActors(state.getActors().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_ACTORS)
                .map(e -> new StorylineActor(e.getKey(), state.getActorNames().getOrDefault(e.getKey(), e.getKey()),
                        state.getActorTypes().getOrDefault(e.getKey(), "MISC"), e.getValue()))
                .toList());
    }

    /** The story's actors: its top entities by weight, places at half weight, group words (NORP) left out. */
    static Map<String, Double> actors(Story story) {
        Map<String, Double> actors = new LinkedHashMap<>();
        for (StoryEntity e : story.getTopEntities()) {
            if ("NORP".equals(e.getType())) {
                continue;
            }
            actors.merge(e.getId(), "LOCATION".equals(e.getType()) ? PLACE_WEIGHT * e.getWeight() : e.getWeight(), Double::sum);
        }
        return actors;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(w -> w * w).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(w -> w * w).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private void indexActors(String storylineId, Set<String> actors, Map<String, String> types) {
        actors.stream().filter(actor -> !"LOCATION".equals(types.get(actor)))
                .forEach(actor -> index.computeIfAbsent(actor, a -> new HashSet<>()).add(storylineId));
    }

    private void unindexActors(String storylineId, Set<String> actors) {
        for (String actor : actors) {
            Set<String> ids = index.get(actor);
            if (ids != null) {
                ids.remove(storylineId);
                if (ids.isEmpty()) {
                    index.remove(actor);
                }
            }
        }
    }

    private static StorylineState newStoryline(Story story) {
        Storyline storyline = Storyline.newBuilder().setId(PREFIX + story.getId().substring(story.getId().indexOf('-') + 1))
                .setTitle(story.getTitle()).setStoryIds(new ArrayList<>()).setStoryCount(0).setArticleCount(0)
                .setActors(new ArrayList<>()).setLanguages(new ArrayList<>())
                .setFirstSeen(story.getFirstSeen()).setLastSeen(story.getLastSeen()).build();
        return StorylineState.newBuilder().setStoryline(storyline).setActors(new HashMap<>()).setActorNames(new HashMap<>())
                .setActorTypes(new HashMap<>()).setStoryActors(new HashMap<>()).setStorySizes(new HashMap<>())
                .setStoryTitles(new HashMap<>()).setClosedStories(0).setClosedArticles(0).setTitleArticles(0).build();
    }
}
