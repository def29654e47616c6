package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void shouldAllowTenParseBudgetsPerTransactionAndNeverLessThanAMinute() {
        assertEquals(60_000, transactionTimeout(Map.of("parse.budget.ms", "2000")));
        assertTrue(transactionTimeout(Map.of("parse.budget.ms", "30000")) >= 300_000);
    }

    @Test
    void shouldJoinAsAStaticMemberStableAcrossRestartsAndDistinctPerStateDirectory() {
        String first = memberId(Map.of(), Path.of("/var/lib/newswire/a"));
        assertEquals(first, memberId(Map.of(), Path.of("/var/lib/newswire/a")));
        assertNotEquals(first, memberId(Map.of(), Path.of("/var/lib/newswire/b")));
    }

    @Test
    void shouldLetTheUserChooseTheStaticMemberId() {
        Properties props = properties(Map.of("kafka.group.instance.id", "edge-1"), Path.of("/tmp/state"));
        assertEquals("edge-1", props.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
        assertEquals(null, props.get(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)));
    }

    private static int transactionTimeout(Map<String, String> settings) {
        return (int) properties(settings, null).get(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
    }

    private static String memberId(Map<String, String> settings, Path stateDir) {
        return (String) properties(settings, stateDir).get(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
    }

    private static Properties properties(Map<String, String> settings, Path stateDir) {
        NewswireConfig config = NewswireConfig.defaults(settings);
        return StreamsSettings.from(config, NewswireTopics.from(config, new InMemorySchemaRegistryClient()), stateDir);
    }
}
