package io.newswire.app.bench;

import io.newswire.config.UserFacingException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Offsets read through the Admin API: how far a consumer group (a streams app) has come. */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    ConsumerLag(Map<String, Object> clientProperties) {
        this.admin = Admin.create(clientProperties);
    }

    /** Sum of end offsets over all partitions of a topic (read_committed: the last stable offsets). */
    long endOffsets(String topic) throws Exception {
        var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
        return offsets.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
    }

    /** True when the group has committed up to the end of every partition it consumes. */
    boolean caughtUp(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
            return false;
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        committed.keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
        var ends = admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
        for (var entry : committed.entrySet()) {
            // Transaction markers occupy offsets too, so "caught up" is within one marker of the end.
            if (entry.getValue() == null || ends.get(entry.getKey()).offset() - entry.getValue().offset() > 1) {
                return false;
            }
        }
        return true;
    }

    long committed(String group, String topic) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
    }

    /**
     * Waits until the group has committed every record of the topic that existed at the start and is caught up
     * on all its other inputs (repartition topics included); returns records per second over the wait.
     */
    double awaitConsumed(String group, String topic, long records, Duration timeout, String what) throws InterruptedException {
        long start = System.nanoTime();
        await(() -> {
            try {
                return committed(group, topic) >= records && caughtUp(group);
            } catch (Exception e) {
                return false;
            }
        }, timeout, what);
        return records / ((System.nanoTime() - start) / 1e9);
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new UserFacingException("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
