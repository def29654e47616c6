package io.newswire.streams.processors;

import io.newswire.avro.EntityRecord;
import io.newswire.avro.internal.CatalogueChange;
import io.newswire.avro.internal.CatalogueChanges;
import io.newswire.streams.entities.EntityLanguages;
import io.newswire.streams.entities.PersonVariantIds;
import io.newswire.streams.entities.PersonVariants;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Merges every language's entity catalogue changes into one record per entity id (see EntityLanguages)
 * and forwards it keyed by id, a null value when no language knows the entity any more. It runs in the
 * one-partition linking task, which every language's changes reach, so news.entities has one writer and
 * holds each entity in all its languages whatever partitions the languages fall on; a person each language's
 * press spells its own way is one entity there too (PersonVariants).
 */
public final class EntityMergingProcessor implements Processor<String, CatalogueChanges, String, EntityRecord> {

    public static final String MERGED_STORE = "entity-languages";
    public static final String VARIANTS_STORE = "person-name-variants";

    private ProcessorContext<String, EntityRecord> context;
    private KeyValueStore<String, EntityRecord> merged;
    private PersonVariants people;

    public static ProcessorSupplier<String, CatalogueChanges, String, EntityRecord> supplier(Serde<EntityRecord> recordSerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, CatalogueChanges, String, EntityRecord> get() {
                return new EntityMergingProcessor();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // Cached: an entity several languages or articles change within a commit is changelogged once.
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MERGED_STORE), Serdes.String(), recordSerde)
                        .withCachingEnabled(),
                        // Derived from the merged records, rebuilt when a task starts without it: no changelog.
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VARIANTS_STORE), Serdes.String(), PersonVariantIds.serde())
                                .withLoggingDisabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, EntityRecord> context) {
        this.context = context;
        this.merged = context.getStateStore(MERGED_STORE);
        this.people = new PersonVariants(merged, context.getStateStore(VARIANTS_STORE));
        people.start();
    }

    @Override
    public void process(Record<String, CatalogueChanges> record) {
        String language = record.value().getLanguage();
        // Never back in time: the changes ride on articles from every language's task, each with its own clock,
        // and a table of news.entities (the newsroom's) warns on every older update of a key.
        long changedAt = Math.max(record.timestamp(), context.currentStreamTimeMs());
        for (CatalogueChange change : record.value().getChanges()) {
            EntityRecord before = merged.get(change.getId());
            if (before == null && change.getRecord() == null) {
                continue;
            }
            EntityRecord after = EntityLanguages.merge(before, change.getId(), language, change.getRecord());
            people.settle(change.getId(), after).forEach((id, settled) -> context.forward(record.withKey(id).withValue(settled).withTimestamp(changedAt)));
        }
    }
}
