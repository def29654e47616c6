package io.newswire.streams;

import io.newswire.config.NewswireConfig;
import io.newswire.streams.errors.DeadLetterDeserializationHandler;
import io.newswire.streams.errors.DeadLetterProcessingHandler;
import io.newswire.streams.errors.DeadLetterProductionHandler;
import io.newswire.topics.NewswireTopics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams properties derived from the typed config: one place for every streams setting. */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /**
     * Streams' exactly-once default (10 s) is shorter than a few slow articles in one transaction: pages
     * that took 13 s each fenced the producers again and again. A transaction holds at most a handful of
     * articles per task between commits, each cut off at the parse budget, so allow ten budgets, and never
     * less than a minute.
     */
    static int transactionTimeoutMs(NewswireConfig config) {
        long tenBudgets = 10 * config.parseBudget().toMillis() + config.commitInterval().toMillis();
        return (int) Math.min(Integer.MAX_VALUE, Math.max(60_000, tenBudgets));
    }

    public static Properties from(NewswireConfig config, NewswireTopics topics, Path stateDir) {
        Properties props = new Properties();
        props.putAll(config.clientProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
        // One stream thread per instance: on two cores, `bench --steps topology --articles 4000` ran 217 and 187
        // articles/s with one thread, 183 and 183 with two (each thread adds a transactional producer, and the
        // broker and ingest want the second core). Scale out with instances; kafka.num.stream.threads overrides.
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        // The record caches fold a commit's writes to one key into one changelog record, so they must hold a commit's
        // worth of changed keys. `bench --steps topology --articles 4000` wrote 18.2 records per article with 1 MB (the
        // story links' and storylines' changelogs evicted mid-commit: 1.1 records each), 16.9 with 10 MB and 17.0 with
        // 100 MB, heap peaks alike (145 / 141 / 139 MB). 10 MB, Streams' default, stated here so it is chosen, not inherited.
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 10L * 1024 * 1024);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        // Interactive queries: where this instance's HTTP API answers for the keys it owns.
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, config.apiAdvertisedHost() + ":" + config.apiPort());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.putAll(NewswireTopology.optimizations());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Events carry their whole story and articles their text, so output compresses well. zstd against lz4,
        // back to back (`bench --steps topology --articles 4000`): 7.4 against 9.3 KB written per article, CPU per
        // article the same (8.18 / 8.2 ms in the JVM), rate within the box's noise (148 / 155 articles/s). zstd's
        // default level 3 stays: level 9 (kafka.producer.compression.zstd.level), alternated, wrote 7.11 and 7.19 KB
        // per article against 7.15 and 7.30 but took 5.4 ms of stream-thread CPU per article against 2.7 and 3.6.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), transactionTimeoutMs(config));
        String memberId = StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        if (!config.kafkaProperties().containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG) && !config.kafkaProperties().containsKey(memberId)) {
            props.put(memberId, staticMemberId(config.applicationId(), stateDir));
        }
        config.kafkaProperties().forEach(props::put);
        if (stateDir != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        return props;
    }

    /**
     * Static membership (KIP-345): a restarted instance takes its partitions straight back instead of waiting
     * out the 45 s session timeout for the group to drop the member that was killed (processing resumed only
     * after 45-50 s), and a clean stop does not rebalance at all. The id must be stable across restarts and
     * unique per running instance; a state directory can only be used by one instance at a time (Streams
     * locks it), so host and state directory make it. {@code kafka.group.instance.id} overrides it.
     */
    static String staticMemberId(String applicationId, Path stateDir) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        String dir = stateDir == null ? "default-state-dir" : stateDir.toAbsolutePath().normalize().toString();
        return applicationId + "-" + host + "-" + Integer.toHexString(dir.hashCode());
    }
}
