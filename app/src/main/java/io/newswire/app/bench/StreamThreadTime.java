package io.newswire.app.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Where the stream threads' wall time went, from Kafka's own cumulative metrics (KIP-761): blocked on
 * Kafka in all (polls, sends and commits), and within it the exactly-once commit's three waits. Shares of
 * the run's wall time, summed over threads, so a JFR recording is not needed to see the thread wait.
 */
final class StreamThreadTime {

    /** Result key → Kafka's metric, in the order the bench prints them. */
    private static final Map<String, String> TOTALS = new LinkedHashMap<>();

    static {
        TOTALS.put("blocked_on_kafka", "blocked-time-ns-total");
        TOTALS.put("producer_flush", "flush-time-ns-total");
        TOTALS.put("send_offsets_to_transaction", "txn-send-offsets-time-ns-total");
        TOTALS.put("commit_transaction", "txn-commit-time-ns-total");
    }

    private StreamThreadTime() {
    }

    static Map<String, Double> shares(Map<MetricName, ? extends Metric> metrics, double wallSeconds) {
        Map<String, Double> nanos = new LinkedHashMap<>();
        TOTALS.keySet().forEach(key -> nanos.put(key, 0.0));
        metrics.forEach((name, metric) -> TOTALS.forEach((key, metricName) -> {
            // One per stream thread (its consumer and producer): summed over threads.
            if (name.name().equals(metricName) && metric.metricValue() instanceof Number value) {
                nanos.merge(key, value.doubleValue(), Double::sum);
            }
        }));
        Map<String, Double> shares = new LinkedHashMap<>();
        nanos.forEach((key, total) -> shares.put(key, Math.round(total / 1e9 / wallSeconds * 1000) / 1000.0));
        return shares;
    }
}
