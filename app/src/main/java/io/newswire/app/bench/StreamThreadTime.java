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

    private static final Map<String, String> TOTALS = Map.of(
            "blocked_on_kafka", "blocked-time-ns-total",
            "producer_flush", "flush-time-ns-total",
            "send_offsets_to_transaction", "txn-send-offsets-time-ns-total",
            "commit_transaction", "txn-commit-time-ns-total");

    private StreamThreadTime() {
    }

    static Map<String, Double> shares(Map<MetricName, ? extends Metric> metrics, double wallSeconds) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String key : new String[] {"blocked_on_kafka", "producer_flush", "send_offsets_to_transaction", "commit_transaction"}) {
            double nanos = 0;
            for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
                // One per stream thread (its consumer and producer): summed over threads.
                if (metric.getKey().name().equals(TOTALS.get(key)) && metric.getValue().metricValue() instanceof Number value) {
                    nanos += value.doubleValue();
                }
            }
            shares.put(key, Math.round(nanos / 1e9 / wallSeconds * 1000) / 1000.0);
        }
        return shares;
    }
}
