package io.newswire.app.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker holds per topic (records incl. transaction markers, bytes on disk), so two snapshots
 * give what a step wrote: the figure the "writes per article" is about. The benchmark's broker is
 * fresh and runs no retention or compaction within a step, so a difference is what was written.
 */
final class BrokerWrites {

    /** One topic's records (offsets, so transaction markers count) and log bytes. */
    record Usage(long records, long bytes) {

        Usage minus(Usage earlier) {
            return new Usage(records - earlier.records, bytes - earlier.bytes);
        }
    }

    private BrokerWrites() {
    }

    static Map<String, Usage> snapshot(Map<String, Object> clientProperties) throws Exception {
        try (Admin admin = Admin.create(clientProperties)) {
            List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(n -> n.id()).toList();
            Map<TopicPartition, Long> bytes = new HashMap<>();
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values()) {
                for (LogDirDescription dir : dirs.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                        // Replicas would count a partition once per broker; the benchmark's broker is one, leaders only would need metadata.
                        bytes.merge(replica.getKey(), replica.getValue().size(), Long::sum);
                    }
                }
            }
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            bytes.keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
            Map<String, Usage> usage = new TreeMap<>();
            for (TopicPartition tp : bytes.keySet()) {
                usage.merge(tp.topic(), new Usage(ends.get(tp).offset(), bytes.get(tp)),
                        (a, b) -> new Usage(a.records + b.records, a.bytes + b.bytes));
            }
            return usage;
        }
    }

    /** Per topic, what was written between two snapshots, divided by the articles that caused it (transaction and offset bookkeeping included). */
    static Map<String, Map<String, Double>> perArticle(Map<String, Usage> before, Map<String, Usage> after, long articles) {
        Map<String, Map<String, Double>> perTopic = new TreeMap<>();
        double records = 0;
        double bytes = 0;
        for (Map.Entry<String, Usage> entry : after.entrySet()) {
            Usage written = entry.getValue().minus(before.getOrDefault(entry.getKey(), new Usage(0, 0)));
            if (written.records() <= 0) {
                continue;
            }
            perTopic.put(entry.getKey(), Map.of("records", round(written.records() / (double) articles),
                    "bytes", round(written.bytes() / (double) articles)));
            records += written.records();
            bytes += written.bytes();
        }
        perTopic.put("all topics", Map.of("records", round(records / articles), "bytes", round(bytes / articles)));
        return perTopic;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
