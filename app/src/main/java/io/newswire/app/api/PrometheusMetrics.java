package io.newswire.app.api;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What {@code GET /metrics} serves, in Prometheus' text format: Kafka Streams' own metrics with those of
 * its consumers, producers and admin client (Micrometer's Kafka binder), the JVM's, and Newswire's
 * (enrichment time and articles by language, story events by type, dead letters by stage and error),
 * which the processors record in Micrometer's global registry. The binder follows the instance the
 * supplier gives, so a restarted Kafka Streams is measured, not the closed one.
 */
final class PrometheusMetrics implements AutoCloseable {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Supplier<KafkaStreams> streams;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private KafkaStreams bound;
    private KafkaStreamsMetrics binder;

    PrometheusMetrics(Supplier<KafkaStreams> streams) {
        this.streams = streams;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
    }

    synchronized String scrape() {
        KafkaStreams current = streams.get();
        if (current != bound) {
            if (binder != null) {
                binder.close();
            }
            binder = current == null ? null : new KafkaStreamsMetrics(current);
            if (binder != null) {
                binder.bindTo(registry);
            }
            bound = current;
        }
        return registry.scrape();
    }

    @Override
    public synchronized void close() {
        Metrics.removeRegistry(registry);
        if (binder != null) {
            binder.close();
        }
        gc.close();
        registry.close();
    }
}
