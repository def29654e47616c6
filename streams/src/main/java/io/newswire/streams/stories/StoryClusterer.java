package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.avro.Story;
import io.newswire.avro.internal.StoryActivity;
import io.newswire.avro.internal.StoryState;
import io.newswire.streams.DerivedStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Single-pass online clustering of one language's articles into stories. Candidates come from an
 * inverted index, never a scan; the best-fitting open story above the threshold takes the article, a
 * near-duplicate joins its original's story, and other stories the article also fits are merged into
 * that one when their centroids agree. An absorbed story is retired: a final MERGED change names the
 * survivor, it leaves the store and the index, and its articles resolve to the survivor. Stories close
 * after a period without articles in event time and in arrival time both: in a live stream the two
 * agree, while an archive back-filled out of order (March, then January) must not close January's
 * stories before January's articles have arrived.
 */
public final class StoryClusterer {

    /**
     * Centroid similarity above which two stories an article fits are one: stricter than joining, because
     * a merge moves a whole story and one article between two look-alike events must not chain them.
     */
    static final double MERGE_THRESHOLD = 0.5;
    /** Stories kept decoded: an event's articles arrive close together, and a thousand bounds the heap they hold. */
    static final int LIVE_STORIES = 1_000;

    private final RecentlyDecoded<StoryState> stories;
    private final KeyValueStore<String, StoryActivity> activity;
    private final KeyValueStore<String, byte[]> vectors;
    private final StoryIndex index;
    private final StoryMembership membership;
    private final StoryModel model;
    private final StorySimilarity similarity;
    private final Duration inactivity;

    /** @param similarity the centroid similarity that decides whether two stories an article fits merge */
    public StoryClusterer(StoryStores stores, StoryModel model, StorySimilarity similarity, Duration inactivity) {
        this.stories = new RecentlyDecoded<>(stores.stories(), LIVE_STORIES);
        this.activity = stores.activity();
        this.vectors = stores.vectors();
        this.index = new StoryIndex(stores.index());
        this.membership = new StoryMembership(stores.articles(), stores.redirects());
        this.model = model;
        this.similarity = similarity;
        this.inactivity = inactivity;
    }

    /**
     * Rebuilds the unlogged candidate index and activity table from the logged stories when they start
     * empty; returns the latest event and arrival times, where the clocks resume.
     */
    public long[] start() {
        index.rebuildIfEmpty(stories.store());
        boolean noActivity = DerivedStores.isEmpty(activity);
        boolean noVectors = DerivedStores.isEmpty(vectors);
        if (noActivity || noVectors) {
            try (KeyValueIterator<String, StoryState> all = stories.store().all()) {
                while (all.hasNext()) {
                    StoryState story = all.next().value;
                    if (noActivity) {
                        activity.put(story.getStory().getId(), activityOf(story));
                    }
                    if (noVectors) {
                        vectors.put(story.getStory().getId(), StoryVector.of(story).toBytes());
                    }
                }
            }
        }
        long[] latest = {Long.MIN_VALUE, Long.MIN_VALUE};
        try (KeyValueIterator<String, StoryActivity> all = activity.all()) {
            while (all.hasNext()) {
                StoryActivity last = all.next().value;
                latest[0] = Math.max(latest[0], last.getLastSeen());
                latest[1] = Math.max(latest[1], last.getLastArrival());
            }
        }
        return latest;
    }

    private static StoryActivity activityOf(StoryState story) {
        return new StoryActivity(story.getStory().getLastSeen().toEpochMilli(), story.getLastArrival());
    }

    /** The story the article belongs to now, following merges; null when unknown. */
    public String storyOf(String articleId) {
        return membership.storyOf(articleId);
    }

    /** @param arrival the record's (ingest) time, which only decides when the story may close */
    public List<StoryChange> add(Article article, long arrival) {
        return forgettingOnFailure(() -> addArticle(article, arrival));
    }

    /** Closes stories without an article for the inactivity period before {@code now} (event time) and {@code arrivalNow}. */
    public List<StoryChange> closeInactive(long now, long arrivalNow) {
        return forgettingOnFailure(() -> close(now, arrivalNow));
    }

    /** A call that fails halfway may have changed decoded stories it did not write back: they are dropped. */
    private List<StoryChange> forgettingOnFailure(Supplier<List<StoryChange>> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            stories.forget();
            throw e;
        }
    }

    private List<StoryChange> addArticle(Article article, long arrival) {
        ArticleFeatures features = ArticleFeatures.of(article);
        String known = membership.storyOf(features.id());
        // Already in an open story: the 16-byte activity record says so without loading the story.
        if (known != null && activity.get(known) != null) {
            return List.of();
        }
        List<StoryState> matches = matches(features);
        StoryState original = features.copyOf() == null ? null : open(membership.storyOf(features.copyOf()));
        if (original != null && Objects.equals(original.getStory().getLanguage(), features.language())) {
            matches.removeIf(s -> s.getStory().getId().equals(original.getStory().getId()));
            matches.add(0, original);
        }
        List<StoryChange> changes = new ArrayList<>();
        long time = features.time();
        StoryState story;
        List<String> indexed = List.of();
        if (matches.isEmpty()) {
            story = newStory(features);
            changes.add(change(StoryChange.Type.CREATED, story, features, null, time));
        } else {
            story = matches.get(0);
            indexed = StoryIndex.keys(story);
            // The best story's vector is made once, and again only after a merge has changed it.
            StoryVector best = StoryVector.of(story);
            for (StoryState other : matches.subList(1, matches.size())) {
                if (similarity.score(best, StoryVector.of(other)) >= MERGE_THRESHOLD) {
                    changes.addAll(merge(story, other, time));
                    best = StoryVector.of(story);
                }
            }
            StoryAccumulator.absorb(story, features);
            changes.add(change(StoryChange.Type.ARTICLE_ADDED, story, features, null, time));
        }
        if (StoryAccumulator.trending(story, time)) {
            changes.add(change(StoryChange.Type.TRENDING, story, null, null, time));
        }
        story.setLastArrival(Math.max(story.getLastArrival(), arrival));
        stories.put(story.getStory().getId(), story);
        vectors.put(story.getStory().getId(), StoryVector.of(story).toBytes());
        activity.put(story.getStory().getId(), activityOf(story));
        membership.assign(features.id(), story.getStory().getId(), time);
        index.add(story, indexed);
        return changes;
    }

    /**
     * The stories the article fits, the one it joins first: the ranker orders the candidates on their compact
     * vectors, the join model decides on the best one of the article's language, and any other candidate it
     * would also join is listed after it (a merge candidate). Only those are loaded whole.
     */
    private List<StoryState> matches(ArticleFeatures features) {
        StoryVector articleVector = StoryVector.of(features);
        List<Candidate> ranked = new ArrayList<>();
        for (String storyId : index.candidates(features)) {
            StoryVector candidate = vectorOf(storyId);
            if (candidate != null) {
                double[] match = StoryMatch.of(articleVector, candidate);
                ranked.add(new Candidate(storyId, model.rank(match), model.join(match)));
            }
        }
        ranked.sort(Comparator.comparingDouble(Candidate::rank).reversed().thenComparing(Candidate::storyId));
        List<StoryState> matches = new ArrayList<>();
        boolean decided = false;
        for (Candidate candidate : ranked) {
            if (decided && !model.joins(candidate.join())) {
                continue;
            }
            StoryState state = stories.get(candidate.storyId());
            // A task may hold several languages (as many as hash to its partition); stories stay within one.
            if (state == null || !Objects.equals(state.getStory().getLanguage(), features.language())) {
                continue;
            }
            if (!decided && !model.joins(candidate.join())) {
                return matches;
            }
            decided = true;
            matches.add(state);
        }
        return matches;
    }

    private List<StoryChange> close(long now, long arrivalNow) {
        long cutoff = now - inactivity.toMillis();
        long arrivalCutoff = arrivalNow - inactivity.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, StoryActivity> all = activity.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryActivity> entry = all.next();
                if (entry.value.getLastSeen() < cutoff && entry.value.getLastArrival() < arrivalCutoff) {
                    expired.add(entry.key);
                }
            }
        }
        List<StoryChange> changes = new ArrayList<>();
        for (String id : expired) {
            StoryState story = stories.get(id);
            if (story == null) {
                activity.delete(id);
                vectors.delete(id);
                continue;
            }
            story.getStory().setStatus(StoryStatus.CLOSED.name());
            changes.add(change(StoryChange.Type.CLOSED, story, null, null, now));
            retire(story);
        }
        // Memberships outlive their story by one more period, so late duplicates of its articles are still recognised.
        membership.evictOlderThan(cutoff - inactivity.toMillis());
        return changes;
    }

    private List<StoryChange> merge(StoryState survivor, StoryState absorbed, long time) {
        String survivorId = survivor.getStory().getId();
        String absorbedId = absorbed.getStory().getId();
        StoryAccumulator.merge(survivor, absorbed);
        survivor.setLastArrival(Math.max(survivor.getLastArrival(), absorbed.getLastArrival()));
        absorbed.getStory().setStatus(StoryStatus.CLOSED.name());
        absorbed.getStory().setMergedInto(survivorId);
        StoryChange retired = change(StoryChange.Type.MERGED, absorbed, null, survivorId, time);
        retire(absorbed);
        membership.redirect(absorbedId, survivorId, time);
        absorbed.getAbsorbed().forEach(id -> membership.redirect(id, survivorId, time));
        return List.of(retired, change(StoryChange.Type.MERGED, survivor, null, absorbedId, time));
    }

    private void retire(StoryState story) {
        index.remove(story);
        stories.delete(story.getStory().getId());
        activity.delete(story.getStory().getId());
        vectors.delete(story.getStory().getId());
    }

    /** The story's vector, recomputed from its state if the derived store lacks it; null for a story gone. */
    private StoryVector vectorOf(String storyId) {
        byte[] bytes = vectors.get(storyId);
        if (bytes != null) {
            return StoryVector.fromBytes(bytes);
        }
        StoryState story = stories.get(storyId);
        if (story == null) {
            return null;
        }
        StoryVector vector = StoryVector.of(story);
        vectors.put(storyId, vector.toBytes());
        return vector;
    }

    private StoryState open(String storyId) {
        return storyId == null ? null : stories.get(storyId);
    }

    static StoryState newStory(ArticleFeatures f) {
        Instant at = Instant.ofEpochMilli(f.time());
        Story story = Story.newBuilder().setId(StoryIds.forFirstArticle(f.id())).setTitle(f.title()).setFirstSeen(at).setLastSeen(at)
                .setArticleCount(0).setSourceCount(0).setSources(new ArrayList<>()).setArticleIds(new ArrayList<>())
                .setStatus(StoryStatus.EMERGING.name()).setVelocity(0).setLanguage(f.language()).build();
        StoryState state = StoryState.newBuilder().setStory(story).setTerms(new LinkedHashMap<>()).setEntities(new LinkedHashMap<>())
                .setEntityNames(new LinkedHashMap<>()).setCategoryScores(new LinkedHashMap<>()).setArticleTimes(new ArrayList<>())
                .setAbsorbed(new ArrayList<>()).setSequence(0).build();
        StoryAccumulator.absorb(state, f);
        return state;
    }

    private static StoryChange change(StoryChange.Type type, StoryState state, ArticleFeatures f, String otherStoryId, long at) {
        state.setSequence(state.getSequence() + 1);
        // Only the story is published: copying the whole state (term and entity maps) per change cost 3 % of the stage.
        return new StoryChange(type, Story.newBuilder(state.getStory()).build(), state.getSequence(),
                f == null ? null : f.id(), f == null ? null : f.title(), otherStoryId, at,
                new LinkFeatures(Vectors.top(state.getEntities(), StoryLinker.LINKED_ENTITIES), state.getDatedTime()));
    }

    private record Candidate(String storyId, double rank, double join) {
    }
}
