package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class SendFailureTest {

    @Test
    void shouldTreatOversizedRecordAsRecordProblem() {
        assertEquals(SendFailure.RECORD, SendFailure.classify(new RecordTooLargeException("too big")));
    }

    @Test
    void shouldTreatTimeoutAsRetriable() {
        assertEquals(SendFailure.RETRIABLE, SendFailure.classify(new TimeoutException("expired")));
        assertEquals(SendFailure.RETRIABLE, SendFailure.classify(new NotLeaderOrFollowerException("moved")));
    }

    @Test
    void shouldTreatAuthorizationAsFatal() {
        assertEquals(SendFailure.FATAL, SendFailure.classify(new TopicAuthorizationException("denied")));
    }

    @Test
    void shouldTreatUnknownErrorsAsFatal() {
        assertEquals(SendFailure.FATAL, SendFailure.classify(new IllegalStateException("closed")));
    }
}
