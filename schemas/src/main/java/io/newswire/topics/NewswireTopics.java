package io.newswire.topics;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.registry.SchemaRegistryClient;
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

    private NewswireTopics(NewswireConfig config, SchemaRegistryClient registry) {
        int partitions = config.topicPartitions();
        short replication = config.replicationFactor();
        Map<String, Object> serdeConfig = config.clientProperties();
        raw = new TypedTopic<>(config.topicName(Setting.TOPIC_RAW), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        enriched = new TypedTopic<>(config.topicName(Setting.TOPIC_ENRICHED), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        deadLetters = new TypedTopic<>(config.topicName(Setting.TOPIC_DLQ), Serdes.String(),
                avro(registry, serdeConfig), partitions, replication, false);
        // The registry's log must be totally ordered, so it has one partition whatever the default.
        schemas = new TypedTopic<>(config.topicName(Setting.TOPIC_SCHEMAS), Serdes.String(), Serdes.String(),
                1, replication, true);
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

    /** The topics the pipeline needs before it starts (the registry creates its own). */
    public List<TypedTopic<?, ?>> pipelineTopics() {
        return List.of(raw, enriched, deadLetters);
    }
}
