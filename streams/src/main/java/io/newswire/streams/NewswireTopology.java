package io.newswire.streams;

import io.newswire.avro.Article;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.parse.ArticleParser;
import io.newswire.streams.processors.EnrichProcessor;
import io.newswire.streams.processors.NearDuplicateProcessor;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The stream processors as one page of wiring. Every node is named so that an upgrade keeps the
 * same processor, store and internal topic names; TopologyGoldenTest pins the result.
 * Failures are not branched here: a processor throws and the dead-letter handlers write the
 * dead letter in the same transaction.
 */
public final class NewswireTopology {

    /** Estimated Jaccard of word 5-shingles from which an article counts as sharing text (2 of 128 bins). */
    public static final double NEAR_DUPLICATE_MIN_SIMILARITY = 0.015;
    public static final Duration NEAR_DUPLICATE_RETENTION = Duration.ofDays(7);

    private NewswireTopology() {
    }

    public static Topology build(NewswireTopics topics, ArticleParser parser, Enricher enricher) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EnrichProcessor.STORE), Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(NearDuplicateProcessor.FINGERPRINT_STORE), Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(NearDuplicateProcessor.INDEX_STORE), Serdes.String(), Serdes.String()));

        builder.stream(topics.raw().name(), TopicBinding.consumed(topics.raw(), "raw-articles-source"))
                .mapValues(parser::parse, Named.as("parse-article"))
                .processValues(() -> new EnrichProcessor(enricher), Named.as("enrich-article"), EnrichProcessor.STORE)
                // One partition, so that every fingerprint meets every earlier one (see README).
                .repartition(Repartitioned.<String, Article>as("near-duplicate-input")
                        .withKeySerde(topics.enriched().keySerde()).withValueSerde(topics.enriched().valueSerde())
                        .withNumberOfPartitions(1))
                .processValues(() -> new NearDuplicateProcessor(NEAR_DUPLICATE_MIN_SIMILARITY, NEAR_DUPLICATE_RETENTION),
                        Named.as("detect-near-duplicates"), NearDuplicateProcessor.FINGERPRINT_STORE, NearDuplicateProcessor.INDEX_STORE)
                .to(topics.enriched().name(), TopicBinding.produced(topics.enriched(), "enriched-articles-sink"));
        return builder.build();
    }
}
