package io.newswire.streams.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.EntityRecord;
import io.newswire.avro.internal.CatalogueChange;
import io.newswire.avro.internal.CatalogueChanges;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.streams.entities.PersonVariantIds;
import io.newswire.topics.NewswireTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityMergingProcessorTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");

    private final MockProcessorContext<String, EntityRecord> context = new MockProcessorContext<>();
    private final Serde<EntityRecord> serde = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient())
            .storeSerde();
    private KeyValueStore<String, EntityRecord> merged;
    private Processor<String, CatalogueChanges, String, EntityRecord> processor;

    @BeforeEach
    void setUp() {
        merged = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(EntityMergingProcessor.MERGED_STORE), Serdes.String(), serde)
                .withLoggingDisabled().build();
        merged.init(context.getStateStoreContext(), merged);
        context.addStateStore(merged);
        KeyValueStore<String, PersonVariantIds> variants = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(EntityMergingProcessor.VARIANTS_STORE), Serdes.String(), PersonVariantIds.serde())
                .withLoggingDisabled().build();
        variants.init(context.getStateStoreContext(), variants);
        context.addStateStore(variants);
        processor = EntityMergingProcessor.supplier(serde).get();
        processor.init(context);
    }

    private static EntityRecord record(String language, String name) {
        return record("germany", language, name, "LOCATION", 2);
    }

    private static EntityRecord record(String id, String language, String name, String type, long articles) {
        return EntityRecord.newBuilder().setId(id).setName(name).setType(type).setTypeVotes(new HashMap<>(Map.of(type, 2)))
                .setAliases(new ArrayList<>()).setArticles(articles).setLanguage(language).setFirstSeen(T0).setLastSeen(T0).build();
    }

    private void process(String language, EntityRecord record) {
        process(language, "germany", record);
    }

    private void process(String language, String id, EntityRecord record) {
        CatalogueChanges changes = new CatalogueChanges(language, new ArrayList<>(List.of(new CatalogueChange(id, record))));
        context.setCurrentStreamTimeMs(T0.toEpochMilli());
        processor.process(new Record<>("all-languages", changes, T0.toEpochMilli()));
    }

    @Test
    void shouldPublishAPersonSpelledTheFrenchWayAsAnAliasOfTheEnglishSpelling() {
        process("en", "vladimir-putin", record("vladimir-putin", "en", "Vladimir Putin", "PERSON", 5));
        process("fr", "vladimir-poutine", record("vladimir-poutine", "fr", "Vladimir Poutine", "PERSON", 2));
        Map<String, EntityRecord> published = new HashMap<>();
        context.forwarded().forEach(f -> published.put(f.record().key(), f.record().value()));
        assertEquals("vladimir-putin", published.get("vladimir-poutine").getAliasOf());
        assertTrue(published.get("vladimir-putin").getAliases().contains("Vladimir Poutine"), published.get("vladimir-putin").toString());
    }

    @Test
    void shouldNeverStampAnUpdateBeforeTheTasksStreamTime() {
        long later = T0.plusSeconds(600).toEpochMilli();
        context.setCurrentStreamTimeMs(later);
        CatalogueChanges changes = new CatalogueChanges("en", new ArrayList<>(List.of(new CatalogueChange("germany", record("en", "Germany")))));
        processor.process(new Record<>("all-languages", changes, T0.toEpochMilli()));
        assertEquals(later, context.forwarded().get(0).record().timestamp());
    }

    @Test
    void shouldKeepTwoPeopleOfOneLanguageWithOneNamesKeyApart() {
        process("de", "peter-muller", record("peter-muller", "de", "Peter Müller", "PERSON", 5));
        process("de", "peter-miller", record("peter-miller", "de", "Peter Miller", "PERSON", 2));
        assertNull(merged.get("peter-miller").getAliasOf());
        assertNull(merged.get("peter-muller").getAliasOf());
    }

    @Test
    void shouldForwardOneRecordPerEntityIdHoldingEveryLanguage() {
        process("en", record("en", "Germany"));
        process("ru", record("ru", "Германия"));
        Record<? extends String, ? extends EntityRecord> last = context.forwarded().get(1).record();
        assertEquals("germany", last.key());
        assertEquals(Set.of("en", "ru"), last.value().getLanguages().keySet());
        assertEquals(Set.of("en", "ru"), merged.get("germany").getLanguages().keySet());
    }

    @Test
    void shouldForwardATombstoneWhenTheLastLanguageForgetsTheEntity() {
        process("en", record("en", "Germany"));
        process("en", null);
        assertNull(context.forwarded().get(1).record().value());
        assertNull(merged.get("germany"));
    }

    @Test
    void shouldForwardNothingWhenALanguageForgetsAnEntityNeverPublished() {
        process("en", null);
        assertTrue(context.forwarded().isEmpty());
    }
}
