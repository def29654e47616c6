package io.newswire.streams;

import io.newswire.streams.parse.ArticleParser;
import io.newswire.topics.NewswireTopics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * The stream processors as one page of wiring. Every node is named so that an upgrade keeps the
 * same processor, store and internal topic names; TopologyGoldenTest pins the result.
 * Parse failures are not branched here: the processor throws and DeadLetterProcessingHandler
 * writes the dead letter in the same transaction.
 */
public final class NewswireTopology {

    private NewswireTopology() {
    }

    public static Topology build(NewswireTopics topics, ArticleParser parser) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.raw().name(), TopicBinding.consumed(topics.raw(), "raw-articles-source"))
                .mapValues(parser::parse, Named.as("parse-article"))
                .to(topics.enriched().name(), TopicBinding.produced(topics.enriched(), "enriched-articles-sink"));
        return builder.build();
    }
}
