package io.newswire.topics;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.EntityRecord;
import io.newswire.avro.RawArticle;
import io.newswire.avro.Story;
import io.newswire.avro.Storyline;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.TopicRule;
import io.newswire.avro.TrendCount;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.registry.SchemaRegistryClient;
import io.newswire.avro.internal.FeedSourceState;
import io.newswire.serde.SpecificAvroSerde;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic Newswire reads or writes, built from config; the only place topic names are spelt. */
public final class NewswireTopics {

    private final TypedTopic<String, RawArticle> raw;
    private final TypedTopic<String, Article> enriched;
    private final TypedTopic<String, DeadLetter> deadLetters;
    private final TypedTopic<String, String> schemas;
    private final TypedTopic<String, Story> stories;
    private final TypedTopic<String, Storyline> storylines;
    private final TypedTopic<String, StoryEvent> events;
    private final TypedTopic<String, TopicRule> rules;
    private final TypedTopic<String, TrendCount> trends;
    private final TypedTopic<String, EntityRecord> entities;
    private final TypedTopic<String, FeedSourceState> sourceState;
    private final String perTopicPrefix;
    private final int partitions;
    private final short replication;
    private final SchemaRegistryClient registry;
    private final Map<String, Object> serdeConfig;

    private NewswireTopics(NewswireConfig config, SchemaRegistryClient registry) {
        this.partitions = config.topicPartitions();
        this.replication = config.replicationFactor();
        this.registry = registry;
        this.serdeConfig = config.clientProperties();
        raw = new TypedTopic<>(config.topicName(Setting.TOPIC_RAW), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        enriched = new TypedTopic<>(config.topicName(Setting.TOPIC_ENRICHED), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        deadLetters = new TypedTopic<>(config.topicName(Setting.TOPIC_DLQ), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        // The registry's log must be totally ordered, so it has one partition whatever the default.
        schemas = new TypedTopic<>(config.topicName(Setting.TOPIC_SCHEMAS), Serdes.String(), Serdes.String(),
                1, replication, true);
        stories = new TypedTopic<>(config.topicName(Setting.TOPIC_STORIES), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, true);
        // One partition: one task assigns every language's stories to storylines.
        storylines = new TypedTopic<>(config.topicName(Setting.TOPIC_STORYLINES), Serdes.String(),
                avro(registry, serdeConfig), 1, replication, true);
        events = new TypedTopic<>(config.topicName(Setting.TOPIC_EVENTS), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        rules = new TypedTopic<>(config.topicName(Setting.TOPIC_RULES), Serdes.String(),
                avro(registry, serdeConfig), 1, replication, true);
        trends = new TypedTopic<>(config.topicName(Setting.TOPIC_TRENDS), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        entities = new TypedTopic<>(config.topicName(Setting.TOPIC_ENTITIES), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, true);
        // Poller state per source (validators, seen ids): internal bookkeeping, not a public record type.
        sourceState = new TypedTopic<>(config.topicName(Setting.TOPIC_SOURCE_STATE), Serdes.String(),
                FeedSourceStateSerde.wrapping(avro(registry, serdeConfig)), 1, replication, true);
        perTopicPrefix = config.topicName(Setting.TOPIC_PER_TOPIC_PREFIX);
    }

    public static NewswireTopics from(NewswireConfig config, SchemaRegistryClient registry) {
        return new NewswireTopics(config, registry);
    }

    private static <T extends SpecificRecord> Serde<T> avro(SchemaRegistryClient registry, Map<String, Object> serdeConfig) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(registry);
        serde.configure(serdeConfig, false);
        return serde;
    }

    public TypedTopic<String, RawArticle> raw() {
        return raw;
    }

    public TypedTopic<String, Article> enriched() {
        return enriched;
    }

    public TypedTopic<String, DeadLetter> deadLetters() {
        return deadLetters;
    }

    public TypedTopic<String, String> schemas() {
        return schemas;
    }

    public TypedTopic<String, Story> stories() {
        return stories;
    }

    /** Storylines: compacted, keyed by storyline id. */
    public TypedTopic<String, Storyline> storylines() {
        return storylines;
    }

    public TypedTopic<String, StoryEvent> events() {
        return events;
    }

    public TypedTopic<String, TopicRule> rules() {
        return rules;
    }

    public TypedTopic<String, TrendCount> trends() {
        return trends;
    }

    /** The entity catalogue: compacted, keyed by entity id. */
    public TypedTopic<String, EntityRecord> entities() {
        return entities;
    }

    public TypedTopic<String, FeedSourceState> sourceState() {
        return sourceState;
    }

    /** The stream of one news topic, e.g. news.topic.syria; created by the app before first write. */
    public TypedTopic<String, StoryEvent> perTopic(String slug) {
        return new TypedTopic<>(perTopicName(slug), Serdes.String(), events.valueSerde(), partitions, replication, false);
    }

    public String perTopicName(String slug) {
        return perTopicPrefix + slug;
    }

    /** A serde for state-store values, sharing the topics' registry client. */
    public <T extends SpecificRecord> Serde<T> storeSerde() {
        return avro(registry, serdeConfig);
    }

    /** The topics the pipeline needs before it starts (the registry creates its own). */
    public List<TypedTopic<?, ?>> pipelineTopics() {
        return List.of(raw, enriched, deadLetters, stories, storylines, events, rules, trends, entities, sourceState);
    }
}
