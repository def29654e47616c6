package io.newswire.streams;

import io.newswire.avro.Article;
import io.newswire.avro.EntityRecord;
import io.newswire.avro.Story;
import io.newswire.avro.Storyline;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.TopicRule;
import io.newswire.avro.internal.ArticleTrend;
import io.newswire.avro.internal.CatalogueChanges;
import io.newswire.avro.internal.LinkingInput;
import io.newswire.streams.newsroom.NewsroomViewProcessor;
import io.newswire.streams.processors.EnrichProcessor;
import io.newswire.streams.processors.EntityLinkingProcessor;
import io.newswire.streams.processors.EntityMergingProcessor;
import io.newswire.streams.processors.NearDuplicateProcessor;
import io.newswire.streams.processors.StoryClusteringProcessor;
import io.newswire.streams.processors.StoryLinkingProcessor;
import io.newswire.streams.processors.StorylineProcessor;
import io.newswire.streams.processors.RulesStoreUpdater;
import io.newswire.streams.processors.TopicRoutingProcessor;
import io.newswire.streams.stories.ClusteringResult;
import io.newswire.streams.stories.LinkFeatures;
import io.newswire.streams.stories.StorySimilarity;
import io.newswire.streams.trends.TrendCountingProcessor;
import io.newswire.streams.trends.TrendHits;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The stream processors as one page of wiring. Every node, store and internal topic is named so an
 * upgrade keeps its state; TopologyGoldenTest pins the result. Failures are not branched here: a
 * processor throws and the dead-letter handlers write the dead letter in the same transaction.
 */
public final class NewswireTopology {

    /** Estimated Jaccard of word 5-shingles from which an article counts as sharing text (2 of 128 bins). */
    public static final double NEAR_DUPLICATE_MIN_SIMILARITY = 0.015;
    public static final Duration NEAR_DUPLICATE_RETENTION = Duration.ofDays(7);
    /** The one key every story change is linked under (see the linking sub-topology). */
    static final String LINKING_KEY = "all-languages";
    /** How long a closed story (and its articles) stays on the dashboard after its last change. */
    static final Duration NEWSROOM_RETENTION = Duration.ofDays(1);
    public static final String NEWSROOM_ENTITY_STORE = "newsroom-entities";

    private NewswireTopology() {
    }

    public static Topology build(NewswireTopics topics, TopologySettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        RulesStoreUpdater.Changes ruleChanges = new RulesStoreUpdater.Changes();
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopicRoutingProcessor.RULES_STORE),
                        topics.rules().keySerde(), topics.rules().valueSerde()).withLoggingDisabled(),
                topics.rules().name(), TopicBinding.consumed(topics.rules(), "topic-rules-source"), RulesStoreUpdater.supplier(ruleChanges));

        // Heavy work (parse, enrich) runs on every partition; the per-language stage after the repartition.
        ArticlePipeline pipeline = ArticlePipeline.withLimits(settings.limits());
        KStream<String, Article> byLanguage = builder.stream(topics.raw().name(), TopicBinding.consumed(topics.raw(), "raw-articles-source"))
                .mapValues(pipeline::parse, Named.as("parse-article"))
                .processValues(EnrichProcessor.supplier(pipeline.enricher()), Named.as("enrich-article"))
                .selectKey((id, article) -> article.getLanguage(), Named.as("key-by-language"))
                .repartition(Repartitioned.<String, Article>as("clustering-input")
                        .withKeySerde(topics.enriched().keySerde()).withValueSerde(topics.enriched().valueSerde())
                        .withNumberOfPartitions(topics.enriched().partitions()));
        KStream<String, ClusteringResult> clustered = clusterByLanguage(byLanguage, topics, settings)
                .processValues(() -> new TopicRoutingProcessor(ruleChanges, settings.requestPerTopicTopic()), Named.as("route-to-news-topics"));

        KStream<String, Article> articles = clustered
                .flatMap((language, result) -> result.article() == null ? List.<KeyValue<String, Article>>of()
                        : List.of(KeyValue.pair(result.article().getId(), result.article())), Named.as("clustered-articles"));
        articles.to(topics.enriched().name(), TopicBinding.produced(topics.enriched(), "enriched-articles-sink"));

        KStream<String, StoryEvent> changes = clustered
                .flatMap((language, result) -> result.events().stream().map(e -> KeyValue.pair(e.getStory().getId(), e)).toList(),
                        Named.as("story-changes"));
        // Every change once on news.events, keyed by story so a story's events stay in order; a copy per news topic.
        changes.to(topics.events().name(), TopicBinding.produced(topics.events(), "events-sink"));
        changes.flatMap((storyId, event) -> fanOut(event), Named.as("fan-out-to-news-topics"))
                .to(new PerTopicNames(topics), Produced.with(topics.events().keySerde(), topics.events().valueSerde()).withName("per-topic-sink"));
        newsroomView(builder, topics);
        // Wired last so the sub-topologies before it keep their numbers (and their task directories).
        linkAcrossLanguages(clustered, topics, settings);
        return builder.build(optimizations());
    }

    /**
     * Every language's story changes meet in one task to be placed in storylines and linked across languages:
     * story changes are few next to articles, and both need every story in one place. The trends are counted
     * there too, from the same records, so no hit is written twice, and every language's entity catalogue
     * changes are merged there into news.entities, its one writer.
     */
    private static void linkAcrossLanguages(KStream<String, ClusteringResult> clustered, NewswireTopics topics, TopologySettings settings) {
        KStream<String, LinkingInput> inputs = clustered
                .flatMap((language, result) -> linkingInputs(result), Named.as("linking-inputs"))
                .repartition(Repartitioned.<String, LinkingInput>as("story-linking-input")
                        .withKeySerde(Serdes.String()).withValueSerde(topics.storeSerde()).withNumberOfPartitions(1));
        inputs.process(TrendCountingProcessor.supplier(settings.trendGrace()), Named.as("count-trends"))
                .to(topics.trends().name(), TopicBinding.produced(topics.trends(), "trends-sink"));
        inputs.flatMapValues(input -> input.getCatalogueChanges() == null ? List.<CatalogueChanges>of() : List.of(input.getCatalogueChanges()),
                        Named.as("catalogue-changes"))
                .process(EntityMergingProcessor.supplier(topics.storeSerde()), Named.as("merge-entity-languages"))
                .to(topics.entities().name(), TopicBinding.produced(topics.entities(), "entities-sink"));
        KStream<String, SpecificRecord> placed = inputs
                .filter((key, input) -> input.getChange() != null, Named.as("linking-changes"))
                .process(StorylineProcessor.supplier(topics.storeSerde()), Named.as("assign-storylines"));
        placed.flatMapValues(r -> r instanceof Storyline storyline ? List.of(storyline) : List.<Storyline>of(), Named.as("storylines"))
                // A storyline with no story left leaves the compacted topic.
                .mapValues(storyline -> storyline.getStoryCount() == 0 ? null : storyline, Named.as("storyline-snapshot"))
                .to(topics.storylines().name(), TopicBinding.produced(topics.storylines(), "storylines-sink"));
        // What the storyline task forwards: each change's linking input, STORYLINE events and storylines.
        KStream<String, StoryEvent> storylineEvents = placed.flatMapValues(r -> r instanceof StoryEvent event ? List.of(event) : List.<StoryEvent>of(),
                Named.as("storyline-events"));
        KStream<String, SpecificRecord> linked = placed
                .flatMapValues(r -> r instanceof LinkingInput input ? List.of(input) : List.<LinkingInput>of(), Named.as("story-changes-to-link"))
                .process(StoryLinkingProcessor.supplier(StorySimilarity.LINK_THRESHOLD, topics.storeSerde()), Named.as("link-stories"));
        // news.stories is written here, where every snapshot meets the story's links and storyline; an absorbed
        // story leaves the compacted topic (tombstone), its final MERGED event says where it went.
        linked.flatMapValues(r -> r instanceof Story story ? List.of(story) : List.<Story>of(), Named.as("linked-story-snapshots"))
                .mapValues(story -> story.getMergedInto() != null ? null : story, Named.as("story-snapshot"))
                .to(topics.stories().name(), TopicBinding.produced(topics.stories(), "stories-sink"));
        KStream<String, StoryEvent> links = linked
                .flatMapValues(r -> r instanceof StoryEvent event ? List.of(event) : List.<StoryEvent>of(), Named.as("link-events"));
        links.to(topics.events().name(), TopicBinding.produced(topics.events(), "link-events-sink"));
        // On news.events only: a storyline is about stories, not about any one news topic.
        storylineEvents.to(topics.events().name(), TopicBinding.produced(topics.events(), "storyline-events-sink"));
        links.flatMap((storyId, event) -> fanOut(event), Named.as("fan-out-links-to-news-topics"))
                .to(new PerTopicNames(topics), Produced.with(topics.events().keySerde(), topics.events().valueSerde()).withName("per-topic-links-sink"));
    }

    /**
     * The stores the HTTP API reads through interactive queries. The story view is a global store read back from
     * news.events, whose CREATED and ARTICLE_ADDED events carry their article: every instance holds every story, so
     * a story id finds its page without knowing which task clustered it, and the view writes nothing to the broker
     * (news.events is its changelog). The entity table reads news.entities as its changelog.
     */
    private static void newsroomView(StreamsBuilder builder, NewswireTopics topics) {
        builder.addGlobalStore(NewsroomViewProcessor.store(topics.storeSerde(), topics.events().name()), topics.events().name(),
                TopicBinding.consumed(topics.events(), "newsroom-view"), NewsroomViewProcessor.supplier(NEWSROOM_RETENTION));
        builder.table(topics.entities().name(), TopicBinding.consumed(topics.entities(), "newsroom-entity-table"),
                Materialized.<String, EntityRecord>as(Stores.persistentKeyValueStore(NEWSROOM_ENTITY_STORE))
                        .withKeySerde(topics.entities().keySerde()).withValueSerde(topics.entities().valueSerde()));
    }

    /**
     * Near-duplicates, entity linking and story clustering of articles keyed by language, as the large news monitors
     * do: one task sees every article of its language. Each article comes out with its story changes and what it
     * changed in its language's entity catalogue. Public so the benchmark times exactly this stage.
     */
    public static KStream<String, ClusteringResult> clusterByLanguage(KStream<String, Article> byLanguage, NewswireTopics topics,
                                                                      TopologySettings settings) {
        // One builder for the two processors that share the store (what Kafka Streams shares is the same instance).
        StoreBuilder<KeyValueStore<String, ArticleMemory>> articles = ArticleMemories.storeBuilder();
        return byLanguage
                .processValues(NearDuplicateProcessor.supplier(NEAR_DUPLICATE_MIN_SIMILARITY, NEAR_DUPLICATE_RETENTION, articles),
                        Named.as("detect-near-duplicates"))
                .process(EntityLinkingProcessor.supplier(topics.storeSerde()), Named.as("link-entities"))
                .processValues(StoryClusteringProcessor.supplier(settings.storyModel(), settings.storyInactivity(),
                        topics.storeSerde(), topics.storeSerde(), articles), Named.as("cluster-stories"));
    }

    /**
     * The newsroom's entity table is read back from the compacted news.entities, so that topic can also be the
     * table's changelog (0.6 records per article fewer). Merging repartition topics, the other optimisation,
     * would rename internal topics and so stays off.
     */
    static Properties optimizations() {
        Properties optimizations = new Properties();
        optimizations.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
        return optimizations;
    }

    /**
     * One linking input per story change, in order; the article's entity hits and its catalogue changes ride on the
     * change made for it (the last one: a merge's changes come first), or alone when the article made none. Changes
     * forgotten in other languages' catalogues (once a day at most) come first, each on an input of its own.
     */
    private static List<KeyValue<String, LinkingInput>> linkingInputs(ClusteringResult result) {
        List<KeyValue<String, LinkingInput>> inputs = new ArrayList<>(result.events().size() + 2);
        List<CatalogueChanges> catalogue = result.catalogueChanges();
        int forgotten = Math.max(0, catalogue.size() - 1);
        for (int i = 0; i < forgotten; i++) {
            inputs.add(KeyValue.pair(LINKING_KEY, new LinkingInput(null, null, catalogue.get(i), Map.of(), null)));
        }
        for (int i = 0; i < result.events().size(); i++) {
            LinkFeatures link = result.storyLinks().get(i);
            inputs.add(KeyValue.pair(LINKING_KEY, new LinkingInput(withoutArticle(result.events().get(i)), null, null,
                    link.entities(), link.datedTime())));
        }
        ArticleTrend trend = result.article() == null ? null : TrendHits.of(result.article());
        CatalogueChanges own = catalogue.isEmpty() ? null : catalogue.get(catalogue.size() - 1);
        if (trend != null || own != null) {
            if (inputs.size() == forgotten) {
                inputs.add(KeyValue.pair(LINKING_KEY, new LinkingInput(null, trend, own, Map.of(), null)));
            } else {
                LinkingInput last = inputs.get(inputs.size() - 1).value;
                last.setArticleTrend(trend);
                last.setCatalogueChanges(own);
            }
        }
        return inputs;
    }

    /**
     * The linking task reads stories, not articles: the event's article (and its quotations) stays out of that
     * repartition topic. Shares the story rather than copying it: the repartition sink serialises it at once.
     */
    private static StoryEvent withoutArticle(StoryEvent event) {
        if (event.getArticle() == null) {
            return event;
        }
        return new StoryEvent(event.getEventId(), event.getType(), event.getTopic(), event.getSequence(), event.getStory(),
                event.getArticleId(), event.getArticleTitle(), null, event.getMergedStoryId(), event.getAt());
    }

    /**
     * One copy of the event per news topic, keyed by the topic's slug; a story with no topic publishes none. The
     * copies share the story and article instead of a builder's deep copy of both per topic: each is serialised by
     * its sink at once and never changed.
     */
    private static List<KeyValue<String, StoryEvent>> fanOut(StoryEvent event) {
        return event.getStory().getTopics().stream()
                .map(slug -> KeyValue.pair(slug, new StoryEvent(event.getEventId() + ":" + slug, event.getType(), slug,
                        event.getSequence(), event.getStory(), event.getArticleId(), event.getArticleTitle(), event.getArticle(),
                        event.getMergedStoryId(), event.getAt())))
                .toList();
    }

}
