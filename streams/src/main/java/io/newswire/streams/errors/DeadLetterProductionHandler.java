package io.newswire.streams.errors;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Output that cannot be serialized or is refused by the broker goes to the dead-letter topic;
 * transient broker errors are retried rather than dead-lettered.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private DeadLetterRecords deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterRecords.fromConfigs(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        if (deadLetters.isDeadLetter(record.topic())) {
            // Letters are bounded, so this is not about size (ACLs, a deleted topic...). Wrapping the letter in
            // another letter would fail the same way, a little bigger each time: log it whole and go on.
            LOG.error("Dead letter for {} refused by the broker and dropped (key {}): {}", record.topic(),
                    record.key() == null ? null : new String(record.key(), java.nio.charset.StandardCharsets.UTF_8), exception.toString());
            return Response.resume();
        }
        LOG.warn("Broker refused output to {}: {}", record.topic(), exception.getMessage());
        return Response.resume(deadLetters.record("produce", context, exception, record.key(), record.value()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        LOG.warn("Cannot serialize {} for {}: {}", origin, record.topic(), exception.getMessage());
        if (deadLetters.isDeadLetter(record.topic())) {
            LOG.error("Dead letter could not be serialized and is dropped: {}", exception.toString());
            return Response.resume();
        }
        return Response.resume(deadLetters.record("serialize", context, exception, context.sourceRawKey(), context.sourceRawValue()));
    }
}
