package io.newswire.app.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newswire.app.api.Instances.Remote;
import io.newswire.app.api.Instances.UnavailableException;
import io.newswire.app.api.Views.ArticleView;
import io.newswire.app.api.Views.EntityView;
import io.newswire.app.api.Views.StoryDetail;
import io.newswire.app.api.Views.StorySummary;
import io.newswire.app.api.Views.TopicView;
import io.newswire.app.api.Views.TrendView;
import io.newswire.app.api.Views.TrendWindow;
import io.newswire.avro.EntityRecord;
import io.newswire.avro.Story;
import io.newswire.avro.TopicRule;
import io.newswire.avro.internal.NewsroomStory;
import io.newswire.streams.NewswireTopology;
import io.newswire.streams.newsroom.NewsroomViewProcessor;
import io.newswire.streams.processors.TopicRoutingProcessor;
import io.newswire.streams.rules.NewsTopics;
import io.newswire.streams.stories.StoryStatus;
import io.newswire.streams.trends.TrendCountingProcessor;
import io.newswire.streams.trends.TrendHits;
import io.newswire.streams.trends.TrendWindows;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Every read of the API, as interactive queries. Stories are answered from this instance's global view; a
 * trend or entity key by the instance that owns it (forwarded when that is another one), topic counts gathered
 * from every instance's part. {@code local} marks a request another instance forwarded: it is answered from
 * this instance's stores only.
 */
final class NewsroomQueries {

    private static final TypeReference<List<TopicView>> TOPICS = new TypeReference<>() { };
    private static final TypeReference<TrendView> TREND = new TypeReference<>() { };
    private static final TypeReference<EntityView> ENTITY = new TypeReference<>() { };
    private static final Comparator<StorySummary> NEWEST_CHANGE_FIRST = Comparator
            .comparing((StorySummary s) -> Instant.parse(s.updatedAt())).reversed().thenComparing(StorySummary::id);

    private final Instances instances;

    NewsroomQueries(Instances instances) {
        this.instances = instances;
    }

    /** Every instance holds every story (a global store), so a story is answered here. */
    Optional<StoryDetail> story(String id) {
        NewsroomStory view = storyStore().get(id);
        if (view == null || view.getStory() == null) {
            return Optional.empty();
        }
        Map<String, ArticleView> articles = new LinkedHashMap<>();
        view.getArticles().forEach(a -> articles.put(a.getId(), Views.article(a)));
        // A merged story's page lists the absorbed stories' articles too.
        for (String absorbed : view.getAbsorbed()) {
            story(absorbed).ifPresent(d -> d.articles().forEach(a -> articles.putIfAbsent(a.id(), a)));
        }
        List<ArticleView> newestFirst = articles.values().stream()
                .sorted(Comparator.comparing((ArticleView a) -> Instant.parse(a.time())).reversed()).toList();
        return Optional.of(new StoryDetail(Views.summary(view), newestFirst, view.getAbsorbed()));
    }

    List<StorySummary> stories(StoryFilter filter) {
        List<StorySummary> found = new ArrayList<>();
        try (KeyValueIterator<String, NewsroomStory> all = storyStore().all()) {
            while (all.hasNext()) {
                NewsroomStory view = all.next().value;
                if (view.getStory() != null) {
                    StorySummary summary = Views.summary(view);
                    if (filter.matches(summary)) {
                        found.add(summary);
                    }
                }
            }
        }
        return found.stream().sorted(NEWEST_CHANGE_FIRST).limit(filter.limit()).toList();
    }

    /** Built-in category topics, then rule topics: open (not closed) stories per topic and articles in the last hour-long window. */
    List<TopicView> topics(boolean local) {
        Map<String, TopicRule> rules = rules();
        // A forwarded request is asked only for this instance's trend counts: the asking instance counts the stories
        // in its own copy of the global view, so counting them here too would scan every story for nothing.
        Map<String, Integer> stories = local ? Map.of() : openStoriesPerTopic();
        Set<String> keys = new HashSet<>();
        NewsTopics.BUILT_IN.forEach(slug -> keys.add(TrendHits.topicKey(slug)));
        rules.keySet().forEach(slug -> keys.add(TrendHits.topicKey(slug)));
        Map<String, List<TrendWindow>> trends = instances.hosts(TrendCountingProcessor.TREND_STORE) ? localTrends(keys) : Map.of();
        Function<String, Long> lastHour = slug -> lastHour(trends.getOrDefault(TrendHits.topicKey(slug), List.of()));
        Map<String, TopicView> topics = new LinkedHashMap<>();
        NewsTopics.BUILT_IN.forEach(slug -> topics.put(slug, new TopicView(slug, "category", null, stories.getOrDefault(slug, 0),
                lastHour.apply(slug))));
        rules.values().forEach(rule -> topics.put(rule.getSlug(), new TopicView(rule.getSlug(), "rule", rule.getQuery(),
                stories.getOrDefault(rule.getSlug(), 0), lastHour.apply(rule.getSlug()))));
        if (!local) {
            // Trend counts live where the linking task runs.
            for (HostInfo other : instances.others(TrendCountingProcessor.TREND_STORE)) {
                for (TopicView theirs : required(other, "/api/topics?scope=local", TOPICS)) {
                    topics.computeIfPresent(theirs.slug(), (slug, ours) -> new TopicView(slug, ours.kind(), ours.query(),
                            ours.stories(), ours.articlesLastHour() + theirs.articlesLastHour()));
                }
            }
        }
        return List.copyOf(topics.values());
    }

    /** Counted on the stored snapshots: building, filtering and sorting every story's summary only to count them was waste. */
    private Map<String, Integer> openStoriesPerTopic() {
        Map<String, Integer> stories = new HashMap<>();
        try (KeyValueIterator<String, NewsroomStory> all = storyStore().all()) {
            while (all.hasNext()) {
                Story story = all.next().value.getStory();
                if (story != null && story.getMergedInto() == null && !StoryStatus.CLOSED.is(story.getStatus())) {
                    story.getTopics().forEach(slug -> stories.merge(slug, 1, Integer::sum));
                }
            }
        }
        return stories;
    }

    Map<String, TopicRule> rules() {
        Map<String, TopicRule> rules = new TreeMap<>();
        ReadOnlyKeyValueStore<String, TopicRule> store = instances.local(TopicRoutingProcessor.RULES_STORE,
                QueryableStoreTypes.keyValueStore());
        try (KeyValueIterator<String, TopicRule> all = store.all()) {
            all.forEachRemaining(kv -> rules.put(kv.key, kv.value));
        }
        return rules;
    }

    /** Article counts of a trend key ({@link TrendHits#topicKey}, {@link TrendHits#entityKey}) per window. */
    TrendView trend(String key, boolean local) {
        Optional<HostInfo> owner = local ? Optional.empty() : instances.ownerOf(TrendCountingProcessor.TREND_STORE, key);
        if (owner.isPresent()) {
            return remote(owner.get(), "/api/trends?key=" + encode(key), TREND).orElse(new TrendView(key, List.of()));
        }
        return new TrendView(key, localTrends(Set.of(key)).getOrDefault(key, List.of()));
    }

    /**
     * One scan of this instance's buckets: a fetch by key and time range walks the store segment by segment over
     * the range, and the range cannot be narrowed without knowing the stream time (replays run in the past),
     * which took seconds per key. Windows are summed from buckets, from the oldest bucket kept, so each is whole.
     */
    private Map<String, List<TrendWindow>> localTrends(Set<String> keys) {
        ReadOnlyWindowStore<String, Long> store = instances.local(TrendCountingProcessor.TREND_STORE, QueryableStoreTypes.windowStore());
        Map<String, SortedMap<Long, Long>> buckets = new HashMap<>();
        long oldest = Long.MAX_VALUE;
        try (KeyValueIterator<Windowed<String>, Long> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<String>, Long> bucket = all.next();
                oldest = Math.min(oldest, bucket.key.window().start());
                if (keys.contains(bucket.key.key())) {
                    buckets.computeIfAbsent(bucket.key.key(), k -> new TreeMap<>()).put(bucket.key.window().start(), bucket.value);
                }
            }
        }
        long size = TrendCountingProcessor.WINDOW.toMillis();
        Map<String, List<TrendWindow>> windows = new LinkedHashMap<>();
        for (Map.Entry<String, SortedMap<Long, Long>> key : buckets.entrySet()) {
            List<TrendWindow> list = new ArrayList<>();
            TrendWindows.hopping(key.getValue(), size, TrendCountingProcessor.ADVANCE.toMillis(), oldest).forEach((start, count) -> list.add(
                    new TrendWindow(Instant.ofEpochMilli(start).toString(), Instant.ofEpochMilli(start + size).toString(), count)));
            windows.put(key.getKey(), list);
        }
        return windows;
    }

    /**
     * Of the hopping windows that contain the newest moment counted, the one that started first covers the
     * most recent full hour.
     */
    static long lastHour(List<TrendWindow> windows) {
        if (windows.isEmpty()) {
            return 0;
        }
        Instant newestStart = windows.stream().map(w -> Instant.parse(w.start())).max(Comparator.naturalOrder()).orElse(null);
        return windows.stream().filter(w -> Instant.parse(w.end()).isAfter(newestStart))
                .min(Comparator.comparing((TrendWindow w) -> Instant.parse(w.start()))).map(TrendWindow::count).orElse(0L);
    }

    /** The catalogue's record, with the stories it is among the top entities of; empty when neither knows it. */
    Optional<EntityView> entity(String id, boolean local) {
        Optional<HostInfo> owner = local ? Optional.empty() : instances.ownerOf(NewswireTopology.NEWSROOM_ENTITY_STORE, id);
        if (owner.isPresent()) {
            return remote(owner.get(), "/api/entities/" + encode(id), ENTITY);
        }
        EntityRecord record = instances.local(NewswireTopology.NEWSROOM_ENTITY_STORE, QueryableStoreTypes.<String, EntityRecord>keyValueStore()).get(id);
        List<StorySummary> stories = stories(StoryFilter.of(null, null, null, id, "20"));
        if (record != null) {
            return Optional.of(Views.entity(record, stories));
        }
        // Names seen in one article only are not in the catalogue yet; the stories still say who they are.
        return stories.stream().flatMap(s -> s.entities().stream()).filter(e -> e.id().equals(id)).findFirst()
                .map(e -> new EntityView(e.id(), e.name(), e.type(), List.of(), null, stories.size(), null, null, Map.of(), stories));
    }

    private ReadOnlyKeyValueStore<String, NewsroomStory> storyStore() {
        return instances.local(NewsroomViewProcessor.STORY_STORE, QueryableStoreTypes.keyValueStore());
    }

    private <T> Optional<T> remote(HostInfo host, String path, TypeReference<T> type) {
        Remote answer = instances.get(host, path);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw new UnavailableException("instance " + host + " answered " + answer.status());
        }
        return Optional.of(instances.read(answer, type));
    }

    private <T> T required(HostInfo host, String path, TypeReference<T> type) {
        return remote(host, path, type).orElseThrow(() -> new UnavailableException("instance " + host + " answered 404 for " + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
