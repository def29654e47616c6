package io.newswire.streams;

import io.newswire.config.NewswireConfig;
import io.newswire.registry.SchemaRegistryClients;
import io.newswire.topics.NewswireTopics;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the running KafkaStreams instance from config; callers own start and close. */
public final class NewswireStreams {

    private static final Logger LOG = LoggerFactory.getLogger(NewswireStreams.class);

    private NewswireStreams() {
    }

    /**
     * @param requestPerTopicTopic asks for the Kafka topic of a news topic (by slug) to be created if missing, without waiting
     */
    public static KafkaStreams create(NewswireConfig config, Path stateDir, java.util.function.Consumer<String> requestPerTopicTopic) {
        NewswireTopics topics = NewswireTopics.from(config, SchemaRegistryClients.fromConfigs(config.clientProperties()));
        KafkaStreams streams = new KafkaStreams(NewswireTopology.build(topics,
                        TopologySettings.from(config, requestPerTopicTopic)),
                StreamsSettings.from(config, topics, stateDir));
        // A thread that dies on something the handlers did not catch is replaced, so one poison
        // record cannot take the instance down; the handler logs why.
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("Stream thread failed; replacing it", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        return streams;
    }

    public static void closeQuietly(KafkaStreams streams) {
        streams.close(Duration.ofSeconds(30));
    }
}
