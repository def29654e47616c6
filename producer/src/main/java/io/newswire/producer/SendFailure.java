package io.newswire.producer;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * How a failed send is treated. The producer has already retried retriable errors until
 * delivery.timeout.ms, so what reaches us is either about this one record (dead-letter it and
 * go on), transient but out of time (report it as undelivered), or about the producer itself
 * (stop: every following send would fail the same way).
 */
public enum SendFailure {
    /** The record itself is unacceptable; it goes to the DLQ and ingestion continues. */
    RECORD,
    /** The cluster did not take it in time; reported as undelivered, the exit code says so. */
    RETRIABLE,
    /** The producer cannot go on (auth, fencing, protocol); ingestion stops. */
    FATAL;

    public static SendFailure classify(Throwable error) {
        if (error instanceof RecordTooLargeException || error instanceof InvalidRecordException
                || error instanceof SerializationException) {
            return RECORD;
        }
        if (error instanceof AuthenticationException || error instanceof AuthorizationException
                || error instanceof ProducerFencedException || error instanceof UnsupportedVersionException) {
            return FATAL;
        }
        if (error instanceof RetriableException) {
            return RETRIABLE;
        }
        return FATAL;
    }
}
