package io.newswire.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class HealthTest {

    private final Health notStarted = new Health(() -> null);

    @Test
    void shouldBeLiveButNotReadyBeforeTheProcessorsStart() {
        assertTrue(notStarted.live().up());
        assertFalse(notStarted.ready().up());
        assertEquals("NOT_STARTED", notStarted.ready().state());
    }

    @Test
    void shouldBeReadyOnlyWhileRunning() {
        assertTrue(Health.ready(KafkaStreams.State.RUNNING).up());
        assertFalse(Health.ready(KafkaStreams.State.REBALANCING).up());
        assertFalse(Health.ready(KafkaStreams.State.CREATED).up());
    }

    @Test
    void shouldBeLiveWhileRebalancingButNotOnceStoppedForGood() {
        assertTrue(Health.live(KafkaStreams.State.REBALANCING).up());
        assertFalse(Health.live(KafkaStreams.State.ERROR).up());
        assertFalse(Health.live(KafkaStreams.State.NOT_RUNNING).up());
        assertEquals("ERROR", Health.live(KafkaStreams.State.ERROR).state());
    }
}
