package io.newswire.streams.processors;

import io.newswire.avro.TopicRule;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global rules store up to date from the rules topic and counts its changes, so that routers
 * re-read the rules only when they changed instead of scanning and decoding the store for every story event.
 */
public final class RulesStoreUpdater implements Processor<String, TopicRule, Void, Void> {

    /** How many rule changes this instance has applied; shared by the global thread and the stream threads. */
    public static final class Changes {
        private final AtomicLong count = new AtomicLong();

        long count() {
            return count.get();
        }

        void changed() {
            count.incrementAndGet();
        }
    }

    private final Changes changes;
    private KeyValueStore<String, TopicRule> store;

    private RulesStoreUpdater(Changes changes) {
        this.changes = changes;
    }

    public static ProcessorSupplier<String, TopicRule, Void, Void> supplier(Changes changes) {
        return () -> new RulesStoreUpdater(changes);
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(TopicRoutingProcessor.RULES_STORE);
    }

    @Override
    public void process(Record<String, TopicRule> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
        changes.changed();
    }
}
