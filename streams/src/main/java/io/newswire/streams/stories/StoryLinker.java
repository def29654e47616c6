package io.newswire.streams.stories;

import io.newswire.avro.LinkedStory;
import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.internal.StoryLinkState;
import io.newswire.streams.DerivedStores;
import io.newswire.streams.enrich.NameVariants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Links stories in different languages that report one event, as Event Registry does: every story change
 * of every language comes here; candidates are the stories of other languages that share one of its top
 * entity ids (ids are one per entity in every language and script; people by their name's key in every
 * spelling, {@link NameVariants}), scored by
 * {@link StorySimilarity#acrossLanguages}. A link, once made, stays: both stories name each other in
 * {@code linked_stories}, and each gets a LINKED change. Merged-away and closed stories leave the index. Every
 * change's snapshot comes back with the story's links, which is what news.stories publishes.
 */
public final class StoryLinker {

    /** A new link as seen from one of its two stories: that story's snapshot (with all its links) and the other's id. */
    public record Link(Story story, int sequence, String other) {
    }

    /** The changed story as it now stands, its links included (merged away: as it came), and the links it made. */
    public record Update(Story story, List<Link> links) {
    }

    /**
     * Entity ids of a story's centroid the linker compares: as many as one article contributes to clustering
     * (ArticleFeatures), more than the eight a story's summary lists, which left a same-event pair sharing a
     * film, its studio and its director apart because each named eight others.
     */
    public static final int LINKED_ENTITIES = 15;

    /** Stories kept per entity id in the index: a country's id would otherwise collect every story. */
    static final int STORIES_PER_ENTITY = 64;

    private final KeyValueStore<String, StoryLinkState> stories;
    private final KeyValueStore<String, StoryIds> index;
    /**
     * Candidate vectors kept decoded: a story change is scored against every story sharing one of its entities,
     * up to hundreds, and reading each through the cached store (key encoding, the cache's bookkeeping, a fresh
     * decode) was 6 % of the stream thread in the whole-topology profile.
     */
    static final int DECODED_VECTORS = 4_096;

    private final RecentlyDecoded<LinkCandidate> vectors;
    private final StorySimilarity similarity;
    private final double threshold;

    public StoryLinker(KeyValueStore<String, StoryLinkState> stories, KeyValueStore<String, StoryIds> index,
                       KeyValueStore<String, LinkCandidate> vectors, StorySimilarity similarity, double threshold) {
        this.stories = stories;
        this.index = index;
        this.vectors = new RecentlyDecoded<>(vectors, DECODED_VECTORS);
        this.similarity = similarity;
        this.threshold = threshold;
    }

    /**
     * Rebuilds the unlogged entity index and candidate vectors from the logged stories when a task starts with
     * them empty (moved to another instance, or local state wiped).
     */
    public void start() {
        boolean noIndex = DerivedStores.isEmpty(index);
        boolean noVectors = DerivedStores.isEmpty(vectors.store());
        if ((noIndex || noVectors) && !DerivedStores.isEmpty(stories)) {
            try (KeyValueIterator<String, StoryLinkState> all = stories.all()) {
                while (all.hasNext()) {
                    StoryLinkState state = all.next().value;
                    Story story = state.getStory();
                    if (noIndex) {
                        index(story);
                    }
                    if (noVectors) {
                        vectors.put(story.getId(), candidate(story, state.getDatedTime()));
                    }
                }
            }
        }
    }

    /** The story as this change left it, compared by its summary's entities (as after a restore). */
    public Update update(Story story, int sequence) {
        return update(story, sequence, LinkFeatures.NONE);
    }

    /**
     * The story as this change left it; the links it made are two per new link.
     *
     * @param features the story's strongest entity ids with their centroid weights (empty: its summary's) and its
     *                 stated time
     */
    public Update update(Story story, int sequence, LinkFeatures features) {
        Map<String, Double> entities = features.entities();
        String id = story.getId();
        StoryLinkState previous = stories.get(id);
        List<LinkedStory> links = previous == null ? new ArrayList<>() : new ArrayList<>(previous.getStory().getLinkedStories());
        if (story.getMergedInto() != null) {
            stories.delete(id);
            vectors.delete(id);
            story.getTopEntities().forEach(e -> unindex(NameVariants.linkKey(e.getId()), id));
            return new Update(story, List.of());
        }
        Story current = Story.newBuilder(story).setLinkedStories(links).build();
        if (StoryStatus.CLOSED.is(current.getStatus())) {
            // A closed story takes no more articles, so nothing new can link to it: its state leaves the task,
            // which keeps the linker's state bounded by the stories open at once.
            stories.delete(id);
            vectors.delete(id);
            current.getTopEntities().forEach(e -> unindex(NameVariants.linkKey(e.getId()), id));
            return new Update(current, List.of());
        }
        StoryVector vector = entities.isEmpty() ? vector(current, features.datedTime())
                : StoryVector.ofEntities(entities, StoryVector.dated(features.datedTime()));
        List<Link> made = new ArrayList<>();
        for (String candidateId : candidates(current)) {
            LinkCandidate compared = vectors.get(candidateId);
            if (compared == null || Objects.equals(compared.language(), current.getLanguage())
                    || links.stream().anyMatch(l -> l.getId().equals(candidateId))) {
                continue;
            }
            double score = similarity.acrossLanguages(vector, compared.vector());
            StoryLinkState candidate = score >= threshold ? stories.get(candidateId) : null;
            if (candidate != null) {
                double rounded = Math.round(score * 1000) / 1000.0;
                links.add(linkTo(candidate.getStory(), rounded));
                Story other = candidate.getStory();
                List<LinkedStory> otherLinks = new ArrayList<>(other.getLinkedStories());
                otherLinks.add(linkTo(current, rounded));
                otherLinks.sort(Comparator.comparingDouble(LinkedStory::getScore).reversed());
                other.setLinkedStories(otherLinks);
                stories.put(candidateId, candidate);
                made.add(new Link(other, candidate.getSequence(), id));
            }
        }
        links.sort(Comparator.comparingDouble(LinkedStory::getScore).reversed());
        current.setLinkedStories(links);
        stories.put(id, new StoryLinkState(current, sequence, features.datedTime()));
        vectors.put(id, new LinkCandidate(current.getLanguage(), vector));
        index(current);
        List<Link> result = new ArrayList<>();
        for (Link link : made) {
            result.add(new Link(current, sequence, link.story().getId()));
            result.add(link);
        }
        return new Update(current, result);
    }

    private void index(Story story) {
        long packed = StoryIds.pack(story.getId());
        for (StoryEntity entity : story.getTopEntities()) {
            String key = NameVariants.linkKey(entity.getId());
            StoryIds ids = index.get(key);
            StoryIds updated = (ids == null ? StoryIds.EMPTY : ids).with(packed, STORIES_PER_ENTITY);
            if (updated != ids) {
                index.put(key, updated);
            }
        }
    }

    private Set<String> candidates(Story story) {
        Set<String> ids = new LinkedHashSet<>();
        for (StoryEntity entity : story.getTopEntities()) {
            StoryIds stored = index.get(NameVariants.linkKey(entity.getId()));
            if (stored != null) {
                for (int i = 0; i < stored.size(); i++) {
                    ids.add(StoryIds.unpack(stored.get(i)));
                }
            }
        }
        ids.remove(story.getId());
        return ids;
    }

    private void unindex(String key, String storyId) {
        StoryIds ids = index.get(key);
        if (ids != null) {
            StoryIds updated = ids.without(StoryIds.pack(storyId));
            if (updated.size() == 0) {
                index.delete(key);
            } else if (updated != ids) {
                index.put(key, updated);
            }
        }
    }

    private static LinkCandidate candidate(Story story, Long datedTime) {
        return new LinkCandidate(story.getLanguage(), vector(story, datedTime));
    }

    /** A story's vector from its summary: what a restore has, until the story's next change brings its centroid. */
    private static StoryVector vector(Story story, Long datedTime) {
        Map<String, Double> entities = new LinkedHashMap<>();
        story.getTopEntities().forEach(e -> entities.put(e.getId(), e.getWeight()));
        return StoryVector.ofEntities(entities, StoryVector.dated(datedTime));
    }


    private static LinkedStory linkTo(Story story, double score) {
        return new LinkedStory(story.getId(), story.getLanguage(), story.getTitle(), score);
    }
}
