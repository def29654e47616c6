package io.newswire.streams.processors;

import io.newswire.avro.Article;
import io.newswire.avro.EntityRecord;
import io.newswire.avro.internal.CatalogueChange;
import io.newswire.avro.internal.CatalogueChanges;
import io.newswire.streams.entities.CatalogueKey;
import io.newswire.streams.entities.EntityLinker;
import io.newswire.streams.entities.LinkedArticle;
import io.newswire.streams.parse.EventTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Resolves each article's entities against its language's catalogue (see EntityLinker) and forwards the article,
 * still keyed by language, with what it changed in the catalogue (CatalogueChanges, with a null record for a rare
 * entity forgotten) as one {@link LinkedArticle}. One task owns a language, so every article of it resolves
 * against the same catalogue; the linking task merges every language's changes into news.entities.
 */
public final class EntityLinkingProcessor implements Processor<String, Article, String, LinkedArticle> {

    /** Renamed from entity-catalogue when its keys gained the language: the new store starts empty. */
    public static final String CATALOGUE_STORE = "entity-catalogues";
    /** Renamed from entity-partial-names with the catalogue; derived, so rebuilt from it. */
    public static final String NAME_STORE = "entity-name-keys";
    static final Duration RARE_RETENTION = Duration.ofDays(30);
    static final long EVICT_EVERY = Duration.ofDays(1).toMillis();

    private ProcessorContext<String, LinkedArticle> context;
    private EntityLinker linker;
    private long lastEviction = Long.MIN_VALUE;

    public static ProcessorSupplier<String, Article, String, LinkedArticle> supplier(Serde<EntityRecord> recordSerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Article, String, LinkedArticle> get() {
                return new EntityLinkingProcessor();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // The partial-name index is derived from the catalogue, so it is rebuilt rather than changelogged.
                // The catalogue is cached: a name in many articles is written (and changelogged) once per commit.
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CATALOGUE_STORE), CatalogueKey.serde(), recordSerde)
                                .withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NAME_STORE), CatalogueKey.serde(), Serdes.String())
                                .withLoggingDisabled()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, LinkedArticle> context) {
        this.context = context;
        this.linker = new EntityLinker(context.getStateStore(CATALOGUE_STORE), context.getStateStore(NAME_STORE));
        linker.rebuildIfEmpty();
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        Instant time = EventTime.of(article);
        List<CatalogueChanges> changes = new ArrayList<>(1);
        if (lastEviction == Long.MIN_VALUE) {
            lastEviction = time.toEpochMilli();
        } else if (time.toEpochMilli() - lastEviction >= EVICT_EVERY) {
            lastEviction = time.toEpochMilli();
            Map<String, List<CatalogueChange>> forgotten = new TreeMap<>();
            for (CatalogueKey key : linker.evictRareOlderThan(time.minus(RARE_RETENTION))) {
                forgotten.computeIfAbsent(key.language(), language -> new ArrayList<>()).add(new CatalogueChange(key.name(), null));
            }
            forgotten.forEach((language, gone) -> changes.add(new CatalogueChanges(language, gone)));
        }
        List<CatalogueChange> learned = linker.link(article, time).stream().map(r -> new CatalogueChange(r.getId(), r)).toList();
        if (!learned.isEmpty()) {
            changes.add(new CatalogueChanges(article.getLanguage(), new ArrayList<>(learned)));
        }
        context.forward(record.withValue(new LinkedArticle(article, changes)));
    }
}
