package io.newswire.app.api;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Liveness and readiness of one stream-processor instance, for Kubernetes probes and Compose health checks.
 * Live unless Kafka Streams has stopped for good (ERROR, or shutting down or shut down): a restart is then the
 * only cure. Ready only while RUNNING: a rebalancing instance cannot answer for its stores.
 */
final class Health {

    /** What a probe gets: whether it passes, and the Kafka Streams state that decided it. */
    record Status(boolean up, String state) {
    }

    private final Supplier<KafkaStreams> streams;

    Health(Supplier<KafkaStreams> streams) {
        this.streams = streams;
    }

    Status live() {
        return live(state());
    }

    Status ready() {
        return ready(state());
    }

    static Status live(KafkaStreams.State state) {
        boolean dead = state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || state == KafkaStreams.State.PENDING_SHUTDOWN || state == KafkaStreams.State.NOT_RUNNING;
        return new Status(!dead, name(state));
    }

    static Status ready(KafkaStreams.State state) {
        return new Status(state == KafkaStreams.State.RUNNING, name(state));
    }

    private KafkaStreams.State state() {
        KafkaStreams current = streams.get();
        return current == null ? null : current.state();
    }

    private static String name(KafkaStreams.State state) {
        return state == null ? "NOT_STARTED" : state.name();
    }
}
