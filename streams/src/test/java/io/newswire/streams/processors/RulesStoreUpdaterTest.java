package io.newswire.streams.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.avro.TopicRule;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RulesStoreUpdaterTest {

    private final MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
    private final RulesStoreUpdater.Changes changes = new RulesStoreUpdater.Changes();
    private KeyValueStore<String, TopicRule> store;
    private Processor<String, TopicRule, Void, Void> updater;

    @BeforeEach
    void setUp() {
        NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient());
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(TopicRoutingProcessor.RULES_STORE),
                topics.rules().keySerde(), topics.rules().valueSerde()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        updater = RulesStoreUpdater.supplier(changes).get();
        updater.init(context);
    }

    @Test
    void shouldStoreARuleAndCountTheChange() {
        TopicRule rule = new TopicRule("floods", "keyword:flood", Instant.EPOCH);
        updater.process(new Record<>("floods", rule, 0L));
        assertEquals(rule, store.get("floods"));
        assertEquals(1, changes.count());
    }

    @Test
    void shouldDeleteARuleOnItsTombstoneAndCountTheChange() {
        updater.process(new Record<>("floods", new TopicRule("floods", "keyword:flood", Instant.EPOCH), 0L));
        updater.process(new Record<>("floods", null, 1L));
        assertNull(store.get("floods"));
        assertEquals(2, changes.count());
    }

    @Test
    void shouldSkipARecordWithoutKeyAndCountNothing() {
        updater.process(new Record<>(null, new TopicRule("floods", "keyword:flood", Instant.EPOCH), 0L));
        assertEquals(0, changes.count());
    }
}
