package io.newswire.app.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {

    @Test
    void shouldExportWhatTheProcessorsCountInTheGlobalRegistry() {
        try (PrometheusMetrics metrics = new PrometheusMetrics(() -> null)) {
            Metrics.counter("newswire.dead.letters", "stage", "parse", "error", "UnparseableArticleException").increment();
            String text = metrics.scrape();
            assertTrue(text.contains("newswire_dead_letters_total{error=\"UnparseableArticleException\",stage=\"parse\"} 1.0"), text);
        }
    }

    @Test
    void shouldExportTheJvmBeforeKafkaStreamsExists() {
        try (PrometheusMetrics metrics = new PrometheusMetrics(() -> null)) {
            String text = metrics.scrape();
            assertTrue(text.contains("jvm_memory_used_bytes"), text);
            assertFalse(text.contains("kafka_stream_"), text);
        }
    }

    @Test
    void shouldLeaveTheGlobalRegistryWhenClosed() {
        PrometheusMetrics metrics = new PrometheusMetrics(() -> null);
        metrics.close();
        assertTrue(Metrics.globalRegistry.getRegistries().isEmpty());
    }
}
