package io.newswire.streams.errors;

import io.newswire.avro.DeadLetter;
import io.newswire.errors.DeadLetters;
import io.newswire.serde.AvroSerializer;
import io.newswire.streams.PipelineMeters;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the dead-letter records the exception handlers hand back to Kafka Streams (KIP-1034), so a
 * failure and the output it replaces are committed in the same transaction. The value is a
 * {@link DeadLetter} in the registry wire format, the key is the failed record's key; both are bounded
 * ({@link DeadLetters}) so that writing a letter cannot fail for its size. Each letter is counted in
 * Micrometer's global registry ({@code newswire_dead_letters_total} by stage and error class), which the
 * instance's {@code /metrics} endpoint exports.
 */
final class DeadLetterRecords {

    private final String topic;
    private final AvroSerializer<DeadLetter> serializer;
    private final Clock clock;

    private DeadLetterRecords(String topic, AvroSerializer<DeadLetter> serializer, Clock clock) {
        this.topic = topic;
        this.serializer = serializer;
        this.clock = clock;
    }

    static DeadLetterRecords fromConfigs(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new ConfigException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must name the dead-letter topic for Newswire's exception handlers");
        }
        AvroSerializer<DeadLetter> serializer = new AvroSerializer<>();
        serializer.configure(configs, false);
        return new DeadLetterRecords(topic.toString(), serializer, Clock.systemUTC());
    }

    /** True for records this class wrote: a failure to write one must not be dead-lettered again. */
    boolean isDeadLetter(String recordTopic) {
        return topic.equals(recordTopic);
    }

    List<ProducerRecord<byte[], byte[]>> record(String stage, ErrorHandlerContext context, Exception error,
                                                byte[] key, byte[] value) {
        DeadLetter letter = DeadLetters.letter(stage, reason(error), clock.instant(), key, value)
                .setErrorClass(error.getClass().getName())
                .setProcessor(context.processorNodeId())
                .setTopic(context.topic())
                .setPartition(context.partition() < 0 ? null : context.partition())
                .setOffset(context.offset() < 0 ? null : context.offset())
                .build();
        PipelineMeters.deadLetter(stage, error);
        return List.of(new ProducerRecord<>(topic, null, DeadLetters.boundedKey(key), serializer.serialize(topic, letter)));
    }

    /** The message chain, so a wrapped cause still explains itself. */
    static String reason(Throwable error) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = error; t != null && reason.length() < 2000; t = t.getCause()) {
            if (reason.length() > 0) {
                reason.append(": caused by ");
            }
            reason.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return reason.toString();
    }
}
