package io.newswire.streams.processors;

import io.newswire.avro.Article;
import io.newswire.avro.EntityRecord;
import io.newswire.streams.entities.EntityLinker;
import io.newswire.streams.parse.EventTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Resolves each article's entities against its language's catalogue (see EntityLinker) and forwards
 * two kinds of record: the article, still keyed by language, and catalogue changes keyed by entity id
 * (a null value when a rare entity is forgotten), which the topology writes to the compacted
 * news.entities. One task owns a language, so every article of it resolves against the same catalogue.
 */
public final class EntityLinkingProcessor implements Processor<String, Article, String, SpecificRecord> {

    public static final String CATALOGUE_STORE = "entity-catalogue";
    public static final String NAME_STORE = "entity-partial-names";
    static final Duration RARE_RETENTION = Duration.ofDays(30);
    static final long EVICT_EVERY = Duration.ofDays(1).toMillis();

    private ProcessorContext<String, SpecificRecord> context;
    private EntityLinker linker;
    private long lastEviction = Long.MIN_VALUE;

    public static ProcessorSupplier<String, Article, String, SpecificRecord> supplier(Serde<EntityRecord> recordSerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Article, String, SpecificRecord> get() {
                return new EntityLinkingProcessor();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // The partial-name index is derived from the catalogue, so it is rebuilt rather than changelogged.
                // The catalogue is cached: a name in many articles is written (and changelogged) once per commit.
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CATALOGUE_STORE), Serdes.String(), recordSerde)
                                .withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NAME_STORE), Serdes.String(), Serdes.String())
                                .withLoggingDisabled()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.linker = new EntityLinker(context.getStateStore(CATALOGUE_STORE), context.getStateStore(NAME_STORE));
        linker.rebuildIfEmpty();
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        Instant time = EventTime.of(article);
        // Catalogue changes are stamped with the task's stream time, so an entity's updates never go back in
        // time: articles from several raw partitions arrive interleaved, and a table of news.entities (the
        // newsroom's) warned on every older update.
        long changedAt = Math.max(record.timestamp(), context.currentStreamTimeMs());
        if (lastEviction == Long.MIN_VALUE) {
            lastEviction = time.toEpochMilli();
        } else if (time.toEpochMilli() - lastEviction >= EVICT_EVERY) {
            lastEviction = time.toEpochMilli();
            for (String id : linker.evictRareOlderThan(time.minus(RARE_RETENTION))) {
                context.forward(new Record<String, SpecificRecord>(id, null, changedAt));
            }
        }
        for (EntityRecord changed : linker.link(article, time)) {
            context.forward(new Record<String, SpecificRecord>(changed.getId(), changed, changedAt));
        }
        context.forward(record.withValue((SpecificRecord) article));
    }
}
