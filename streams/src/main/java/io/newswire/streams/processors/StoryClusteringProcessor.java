package io.newswire.streams.processors;

import io.newswire.avro.Article;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.StoryActivity;
import io.newswire.avro.internal.StoryState;
import io.newswire.streams.parse.EventTime;
import io.newswire.streams.entities.LinkedArticle;
import io.newswire.streams.stories.ClusteringResult;
import io.newswire.streams.stories.EventArticles;
import io.newswire.streams.stories.LinkFeatures;
import io.newswire.streams.stories.StoryChange;
import io.newswire.streams.stories.StoryClusterer;
import io.newswire.streams.stories.StoryIds;
import io.newswire.streams.stories.StoryModel;
import io.newswire.streams.stories.StorySimilarity;
import io.newswire.streams.stories.StoryStores;
import io.newswire.streams.stories.TwoClocks;
import io.newswire.streams.ArticleMemories;
import io.newswire.streams.ArticleMemory;
import io.newswire.streams.PipelineMeters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Clusters one language's articles into stories (see StoryClusterer) and sets each article's story id,
 * closing inactive stories when {@link TwoClocks} says they are due (every {@link #CLOSE_CHECK} of either clock).
 */
public final class StoryClusteringProcessor implements FixedKeyProcessor<String, LinkedArticle, ClusteringResult> {

    public static final String STORY_STORE = "stories";
    /** Renamed from story-candidate-index when its values became packed ids: the new store starts empty and is rebuilt. */
    public static final String INDEX_STORE = "story-candidates";
    public static final String REDIRECT_STORE = "merged-stories";
    public static final String ACTIVITY_STORE = "story-activity";
    /** Renamed from story-vectors when the vectors gained the story's size: the new store starts empty and is rebuilt. */
    public static final String VECTOR_STORE = "story-match-vectors";
    static final long CLOSE_CHECK = Duration.ofMinutes(10).toMillis();

    private final StoryModel model;
    private final Duration inactivity;
    private FixedKeyProcessorContext<String, ClusteringResult> context;
    private StoryClusterer clusterer;
    private TwoClocks clocks;

    StoryClusteringProcessor(StoryModel model, Duration inactivity) {
        this.model = model;
        this.inactivity = inactivity;
    }

    /**
     * The processor with its stores; the candidate index, the activity table and the story vectors are derived, so
     * they are not changelogged. {@code articles} is shared with the near-duplicate detector.
     */
    public static FixedKeyProcessorSupplier<String, LinkedArticle, ClusteringResult> supplier(
            StoryModel model, Duration inactivity, Serde<StoryState> stateSerde,
            Serde<StoryActivity> activitySerde, StoreBuilder<KeyValueStore<String, ArticleMemory>> articles) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, LinkedArticle, ClusteringResult> get() {
                return new StoryClusteringProcessor(model, inactivity);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // Ordered, so the topology description (and its golden file) is the same on every run.
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        // Cached: a story taking several articles within a commit is changelogged once.
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_STORE), Serdes.String(), stateSerde)
                                .withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX_STORE), Serdes.String(), StoryIds.serde())
                                .withLoggingDisabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ACTIVITY_STORE), Serdes.String(), activitySerde)
                                .withLoggingDisabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VECTOR_STORE), Serdes.String(), Serdes.ByteArray())
                                .withLoggingDisabled(),
                        articles,
                        Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(REDIRECT_STORE),
                                Serdes.String(), Serdes.String())));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ClusteringResult> context) {
        this.context = context;
        this.clusterer = new StoryClusterer(new StoryStores(context.getStateStore(STORY_STORE), context.getStateStore(INDEX_STORE),
                context.getStateStore(ACTIVITY_STORE), context.getStateStore(VECTOR_STORE), new ArticleMemories(context.getStateStore(ArticleMemories.STORE)), context.getStateStore(REDIRECT_STORE)), model, StorySimilarity.DEFAULT, inactivity);
        long[] restored = clusterer.start();
        this.clocks = new TwoClocks(Duration.ofMillis(CLOSE_CHECK), restored[0], restored[1]);
    }

    @Override
    public void process(FixedKeyRecord<String, LinkedArticle> record) {
        try {
            cluster(record);
        } catch (RuntimeException e) {
            // The article goes to the dead letters; what it changed in the entity catalogue is in the store
            // already, and still reaches news.entities.
            if (!record.value().catalogueChanges().isEmpty()) {
                context.forward(record.withValue(new ClusteringResult(null, List.of(), List.of(), record.value().catalogueChanges())));
            }
            throw e;
        }
    }

    private void cluster(FixedKeyRecord<String, LinkedArticle> record) {
        Article article = record.value().article();
        List<StoryEvent> events = new ArrayList<>();
        List<LinkFeatures> storyLinks = new ArrayList<>();
        // Close first: a story already inactive at this article's time must not take it.
        if (clocks.advance(EventTime.of(article).toEpochMilli(), record.timestamp())) {
            List<StoryChange> closed = clusterer.closeInactive(clocks.eventTime(), clocks.arrivalTime());
            events.addAll(events(closed, null));
            closed.forEach(change -> storyLinks.add(change.link()));
        }
        List<StoryChange> changes = clusterer.add(article, record.timestamp());
        events.addAll(events(changes, article));
        changes.forEach(change -> storyLinks.add(change.link()));
        // The value is this task's own deserialised copy: setting the field avoids a deep copy per article.
        // The last change is the article's own story (a merge's changes come first); none means already clustered.
        article.setStoryId(changes.isEmpty() ? clusterer.storyOf(article.getId())
                : changes.get(changes.size() - 1).story().getId());
        PipelineMeters.clustered(article.getLanguage());
        context.forward(record.withValue(new ClusteringResult(article, events, storyLinks, record.value().catalogueChanges())));
    }


    /** @param article the article the changes were made for, carried by the change it caused; null for closes */
    private static List<StoryEvent> events(List<StoryChange> changes, Article article) {
        List<StoryEvent> events = new ArrayList<>(changes.size());
        for (StoryChange change : changes) {
            boolean carriesArticle = article != null && article.getId().equals(change.articleId());
            PipelineMeters.storyEvent(change.type().name());
            events.add(StoryEvent.newBuilder()
                    .setEventId(change.story().getId() + ":" + change.sequence())
                    .setType(change.type().name())
                    .setTopic("")
                    .setSequence(change.sequence())
                    .setStory(change.story())
                    .setArticleId(change.articleId())
                    .setArticleTitle(change.articleTitle())
                    .setArticle(carriesArticle ? EventArticles.of(article) : null)
                    .setMergedStoryId(change.mergedStoryId())
                    .setAt(Instant.ofEpochMilli(change.at()))
                    .build());
        }
        return events;
    }
}
