package io.newswire.app.bench;

import io.newswire.config.UserFacingException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts a topology's committed output records as they appear, on its own thread, and notes when half
 * and all of the expected records were there. The whole topology's input offsets cannot time its steady
 * state: parsing and enrichment race ahead of the per-language stage and finish its input long before
 * the last article leaves, so the pipeline's rate is read where articles leave it.
 */
final class OutputProgress implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final long expected;
    private final Thread thread;
    private final long start = System.nanoTime();
    private volatile long count;
    private volatile long halfAt;
    private volatile long doneAt;
    private volatile boolean closed;

    OutputProgress(Map<String, Object> clientProperties, String topic, long expected) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.expected = expected;
        this.thread = new Thread(this::count, "bench-output-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void count() {
        try {
            poll();
        } catch (WakeupException e) {
            // closed before all arrived: the rate stays unknown
        }
    }

    private void poll() {
        while (!closed && count < expected) {
            count += consumer.poll(Duration.ofMillis(200)).count();
            long now = System.nanoTime();
            if (halfAt == 0 && count >= expected / 2) {
                halfAt = now;
            }
            if (count >= expected) {
                doneAt = now;
            }
        }
    }

    /** Waits until every expected record has arrived. */
    void awaitAll(Duration timeout, String what) throws InterruptedException {
        thread.join(timeout.toMillis());
        if (doneAt == 0) {
            throw new UserFacingException("Timed out after " + timeout + " waiting for " + what + " (" + count + " of " + expected + ")");
        }
    }

    /** Articles per second over the second half of the output, or 0 if it did not all arrive. */
    double warmRate() throws InterruptedException {
        thread.join(Duration.ofSeconds(30).toMillis());
        return doneAt == 0 || doneAt == halfAt ? 0 : (expected - expected / 2) / ((doneAt - halfAt) / 1e9);
    }

    /** Seconds from this object's creation until the first half of the output was there. */
    double secondsToHalf() {
        return halfAt == 0 ? 0 : (halfAt - start) / 1e9;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(5).toMillis());
        consumer.close(Duration.ofSeconds(5));
    }
}
