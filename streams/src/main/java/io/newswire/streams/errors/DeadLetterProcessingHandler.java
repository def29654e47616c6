package io.newswire.streams.errors;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a processor throws on goes to the dead-letter topic with the source record's bytes, and the
 * stream goes on: one bad article must never stop the pipeline.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private DeadLetterRecords deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterRecords.fromConfigs(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        LOG.warn("Processor {} failed on {}-{}@{}: {}", context.processorNodeId(), context.topic(), context.partition(),
                context.offset(), exception.getMessage());
        return Response.resume(deadLetters.record("process", context, exception, context.sourceRawKey(), context.sourceRawValue()));
    }
}
