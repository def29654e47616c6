package io.newswire.streams.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.DeadLetter;
import io.newswire.serde.AvroDeserializer;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterProductionHandlerTest {

    private static final String DLQ = "news.dlq";
    private static final Map<String, Object> CONFIGS = Map.of(
            StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DLQ,
            "schema.registry.url", "mock://production-handler-test");

    private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();

    @BeforeEach
    void configure() {
        handler.configure(CONFIGS);
    }

    @Test
    void shouldDeadLetterABoundedCopyOfAnOversizedOutput() {
        byte[] huge = new byte[2 * 1024 * 1024];
        Response response = handler.handleError(context(), new ProducerRecord<>("news.articles.enriched", "id".getBytes(), huge),
                new RecordTooLargeException("too large"));
        assertEquals(Result.RESUME, response.result());
        List<ProducerRecord<byte[], byte[]>> letters = response.deadLetterQueueRecords();
        assertEquals(1, letters.size());
        assertEquals(DLQ, letters.get(0).topic());
        assertTrue(letters.get(0).value().length < 64 * 1024, "letter of " + letters.get(0).value().length + " bytes");
        DeadLetter letter = decode(letters.get(0).value());
        assertEquals(huge.length, letter.getValueSize());
        assertTrue(letter.getReason().contains("too large"));
    }

    @Test
    void shouldNeverDeadLetterARefusedDeadLetter() {
        Response response = handler.handleError(context(), new ProducerRecord<>(DLQ, "id".getBytes(), new byte[10]),
                new RecordTooLargeException("too large"));
        assertEquals(Result.RESUME, response.result());
        assertTrue(response.deadLetterQueueRecords().isEmpty());
    }

    @Test
    void shouldRetryATransientBrokerError() {
        Response response = handler.handleError(context(), new ProducerRecord<>("news.stories", new byte[1], new byte[1]),
                new TimeoutException("slow broker"));
        assertEquals(Result.RETRY, response.result());
    }

    private static DeadLetter decode(byte[] bytes) {
        try (AvroDeserializer<DeadLetter> deserializer = new AvroDeserializer<>()) {
            deserializer.configure(Map.of("schema.registry.url", "mock://production-handler-test", "specific.avro.reader", "true"), false);
            return deserializer.deserialize(DLQ, bytes);
        }
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override public String topic() { return "news.articles.raw"; }
            @Override public int partition() { return 0; }
            @Override public long offset() { return 7; }
            @Override public Headers headers() { return new RecordHeaders(); }
            @Override public String processorNodeId() { return "enriched-sink"; }
            @Override public TaskId taskId() { return new TaskId(0, 0); }
            @Override public long timestamp() { return 0; }
            @Override public byte[] sourceRawKey() { return "id".getBytes(); }
            @Override public byte[] sourceRawValue() { return new byte[100]; }
        };
    }
}
