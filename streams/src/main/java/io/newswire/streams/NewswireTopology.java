package io.newswire.streams;

import io.newswire.avro.Article;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.TopicRule;
import io.newswire.avro.TrendCount;
import io.newswire.avro.internal.StoryState;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.parse.ArticleParser;
import io.newswire.streams.processors.ClusterKeyProcessor;
import io.newswire.streams.processors.EnrichProcessor;
import io.newswire.streams.processors.NearDuplicateProcessor;
import io.newswire.streams.processors.StoryClusteringProcessor;
import io.newswire.streams.processors.TopicRoutingProcessor;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The stream processors as one page of wiring. Every node, store and internal topic is named so an
 * upgrade keeps its state; TopologyGoldenTest pins the result. Failures are not branched here: a
 * processor throws and the dead-letter handlers write the dead letter in the same transaction.
 */
public final class NewswireTopology {

    /** Estimated Jaccard of word 5-shingles from which an article counts as sharing text (2 of 128 bins). */
    public static final double NEAR_DUPLICATE_MIN_SIMILARITY = 0.015;
    public static final Duration NEAR_DUPLICATE_RETENTION = Duration.ofDays(7);
    /** Minimum article-to-story similarity (see StorySimilarity) for an article to join a story. */
    public static final double STORY_JOIN_THRESHOLD = 0.3;
    static final Duration TREND_WINDOW = Duration.ofHours(1);
    static final Duration TREND_ADVANCE = Duration.ofMinutes(5);
    static final double TREND_MIN_SALIENCE = 0.3;
    static final int TREND_ENTITIES = 5;

    private NewswireTopology() {
    }

    public static Topology build(NewswireTopics topics, TopologySettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<StoryState> storyStateSerde = topics.storeSerde();
        builder.addStateStore(Stores.keyValueStoreBuilder(store(EnrichProcessor.STORE), Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(store(NearDuplicateProcessor.FINGERPRINT_STORE), Serdes.String(), Serdes.ByteArray()));
        // Derived indexes are not changelogged: 128 (and ~17) writes per article would dominate the broker's
        // load; the processors rebuild them from their logged source store when they start empty.
        builder.addStateStore(Stores.keyValueStoreBuilder(store(NearDuplicateProcessor.INDEX_STORE), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(store(ClusterKeyProcessor.ENTITY_STORE), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(store(ClusterKeyProcessor.ARTICLE_STORE), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(store(StoryClusteringProcessor.STORY_STORE), Serdes.String(), storyStateSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(store(StoryClusteringProcessor.INDEX_STORE), Serdes.String(), Serdes.String())
                .withLoggingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(store(StoryClusteringProcessor.ARTICLE_STORE), Serdes.String(), Serdes.String()));
        builder.globalTable(topics.rules().name(), TopicBinding.consumed(topics.rules(), "topic-rules-source"),
                Materialized.<String, TopicRule>as(Stores.persistentKeyValueStore(TopicRoutingProcessor.RULES_STORE))
                        .withKeySerde(topics.rules().keySerde()).withValueSerde(topics.rules().valueSerde()));

        Enricher enricher = Enricher.withDefaults();
        ArticleParser parser = ArticleParser.withDefaults();
        KStream<String, Article> articles = builder.stream(topics.raw().name(), TopicBinding.consumed(topics.raw(), "raw-articles-source"))
                .mapValues(parser::parse, Named.as("parse-article"))
                .processValues(() -> new EnrichProcessor(enricher), Named.as("enrich-article"), EnrichProcessor.STORE)
                // One partition, so that every fingerprint meets every earlier one (see README).
                .repartition(Repartitioned.<String, Article>as("near-duplicate-input")
                        .withKeySerde(topics.enriched().keySerde()).withValueSerde(topics.enriched().valueSerde()).withNumberOfPartitions(1))
                .processValues(() -> new NearDuplicateProcessor(NEAR_DUPLICATE_MIN_SIMILARITY, NEAR_DUPLICATE_RETENTION),
                        Named.as("detect-near-duplicates"), NearDuplicateProcessor.FINGERPRINT_STORE, NearDuplicateProcessor.INDEX_STORE)
                .processValues(() -> new ClusterKeyProcessor(settings.storyInactivity()), Named.as("assign-cluster-key"),
                        ClusterKeyProcessor.ENTITY_STORE, ClusterKeyProcessor.ARTICLE_STORE);
        articles.to(topics.enriched().name(), TopicBinding.produced(topics.enriched(), "enriched-articles-sink"));

        KStream<String, StoryEvent> changes = articles
                .selectKey((id, article) -> article.getClusterKey(), Named.as("key-by-cluster"))
                .repartition(Repartitioned.<String, Article>as("story-clustering-input")
                        .withKeySerde(topics.enriched().keySerde()).withValueSerde(topics.enriched().valueSerde())
                        .withNumberOfPartitions(topics.enriched().partitions()))
                .process(() -> new StoryClusteringProcessor(STORY_JOIN_THRESHOLD, settings.storyInactivity()), Named.as("cluster-stories"),
                        StoryClusteringProcessor.STORY_STORE, StoryClusteringProcessor.INDEX_STORE, StoryClusteringProcessor.ARTICLE_STORE)
                .processValues(() -> new TopicRoutingProcessor(settings.ensurePerTopicTopic()), Named.as("route-to-news-topics"));
        changes.mapValues(StoryEvent::getStory, Named.as("story-snapshot"))
                .to(topics.stories().name(), TopicBinding.produced(topics.stories(), "stories-sink"));

        KStream<String, StoryEvent> perTopic = changes.flatMap((storyId, event) -> fanOut(event), Named.as("fan-out-to-news-topics"));
        perTopic.to(topics.events().name(), TopicBinding.produced(topics.events(), "events-sink"));
        perTopic.to(new PerTopicNames(topics),
                Produced.with(topics.events().keySerde(), topics.events().valueSerde()).withName("per-topic-sink"));

        // Trends: article counts per news topic and per entity, 1 h windows every 5 min, final results only.
        KStream<String, String> topicHits = perTopic
                .filter((slug, event) -> event.getArticleId() != null, Named.as("article-events"))
                .map((slug, event) -> KeyValue.pair("topic:" + slug, slug), Named.as("topic-trend-keys"));
        KStream<String, String> entityHits = articles.flatMap((id, article) -> article.getEntities().stream()
                .filter(e -> e.getSalience() >= TREND_MIN_SALIENCE).limit(TREND_ENTITIES)
                .map(e -> KeyValue.pair("entity:" + e.getId(), e.getId())).toList(), Named.as("entity-trend-keys"));
        topicHits.merge(entityHits, Named.as("trend-hits"))
                .groupByKey(Grouped.with("trend-keys", Serdes.String(), Serdes.String()))
                .windowedBy(TimeWindows.ofSizeAndGrace(TREND_WINDOW, settings.trendGrace()).advanceBy(TREND_ADVANCE))
                .count(Named.as("count-trends"), Materialized.<String, Long, WindowStore<Bytes, byte[]>>as("trend-counts")
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()))
                .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName("final-trend-counts"))
                .toStream(Named.as("trend-windows"))
                .map((window, count) -> KeyValue.pair(window.key(), trend(window, count)), Named.as("trend-records"))
                .to(topics.trends().name(), TopicBinding.produced(topics.trends(), "trends-sink"));
        return builder.build();
    }

    private static TrendCount trend(Windowed<String> window, long count) {
        String key = window.key();
        int colon = key.indexOf(':');
        return new TrendCount(key, key.startsWith("topic:") ? "TOPIC" : "ENTITY", key.substring(colon + 1),
                window.window().startTime(), window.window().endTime(), count);
    }

    /** One copy of the event per news topic, keyed by the topic's slug; a story with no topic publishes none. */
    private static List<KeyValue<String, StoryEvent>> fanOut(StoryEvent event) {
        return event.getStory().getTopics().stream()
                .map(slug -> KeyValue.pair(slug, StoryEvent.newBuilder(event).setTopic(slug)
                        .setEventId(event.getEventId() + ":" + slug).build()))
                .toList();
    }

    private static KeyValueBytesStoreSupplier store(String name) {
        return Stores.persistentKeyValueStore(name);
    }
}
