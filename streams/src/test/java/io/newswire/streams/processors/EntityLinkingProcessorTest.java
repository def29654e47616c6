package io.newswire.streams.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.avro.EntityRecord;
import io.newswire.avro.internal.CatalogueChanges;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.entities.CatalogueKey;
import io.newswire.streams.entities.LinkedArticle;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityLinkingProcessorTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final CatalogueKey OSKAR = new CatalogueKey("en", "oskar-lindqvist");

    private final MockProcessorContext<String, LinkedArticle> context = new MockProcessorContext<>();
    private final Serde<EntityRecord> serde = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient())
            .storeSerde();
    private KeyValueStore<CatalogueKey, EntityRecord> catalogue;
    private Processor<String, Article, String, LinkedArticle> processor;

    @BeforeEach
    void setUp() {
        catalogue = store(EntityLinkingProcessor.CATALOGUE_STORE, serde);
        store(EntityLinkingProcessor.NAME_STORE, Serdes.String());
        processor = EntityLinkingProcessor.supplier(serde).get();
        processor.init(context);
    }

    private <V> KeyValueStore<CatalogueKey, V> store(String name, Serde<V> values) {
        KeyValueStore<CatalogueKey, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), CatalogueKey.serde(), values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private static Article article(String id, Instant at, String entityId, String name) {
        Entity entity = Entity.newBuilder().setId(entityId).setName(name).setType("PERSON").setSurfaceForms(new ArrayList<>(List.of(name)))
                .setMentions(1).setSalience(1.0).build();
        return Article.newBuilder().setId(id).setSource("s").setTitle("t").setBody("b").setIngestedAt(at).setEventTime(at)
                .setLanguage("en").setEntities(new ArrayList<>(List.of(entity))).build();
    }

    private void process(Article article) {
        context.setCurrentStreamTimeMs(article.getEventTime().toEpochMilli());
        processor.process(new Record<>("en", article, article.getEventTime().toEpochMilli()));
    }

    private List<String> forwardedKeys() {
        return context.forwarded().stream().map(f -> (String) f.record().key()).toList();
    }

    @Test
    void shouldCatalogueAnEntityAndForwardTheArticleStillKeyedByLanguage() {
        process(article("a1", T0, "oskar-lindqvist", "Oskar Lindqvist"));
        List<String> keys = forwardedKeys();
        assertEquals("en", keys.get(keys.size() - 1));
        assertTrue(catalogue.get(OSKAR) != null);
    }

    @Test
    void shouldForgetARareEntityOnceADayPassesAfterItsRetentionAndPassOnThatItsLanguageForgotIt() {
        process(article("a1", T0, "oskar-lindqvist", "Oskar Lindqvist"));
        context.resetForwards();
        process(article("a2", T0.plus(EntityLinkingProcessor.RARE_RETENTION).plus(Duration.ofDays(1)), "clara-vennstrom", "Clara Vennstrom"));
        CapturedForward<? extends String, ? extends LinkedArticle> forwarded = context.forwarded().get(0);
        CatalogueChanges forgotten = forwarded.record().value().catalogueChanges().get(0);
        assertEquals("en", forwarded.record().key());
        assertEquals("en", forgotten.getLanguage());
        assertEquals("oskar-lindqvist", forgotten.getChanges().get(0).getId());
        assertNull(forgotten.getChanges().get(0).getRecord());
        assertNull(catalogue.get(OSKAR));
    }

    @Test
    void shouldPassOnWhatTheArticleChangedInTheCatalogueWithTheArticle() {
        process(article("a1", T0, "oskar-lindqvist", "Oskar Lindqvist"));
        context.resetForwards();
        // Published once a second article names it.
        process(article("a2", T0.plus(Duration.ofHours(1)), "oskar-lindqvist", "Oskar Lindqvist"));
        LinkedArticle linked = context.forwarded().get(0).record().value();
        assertEquals(1, context.forwarded().size());
        assertEquals("a2", linked.article().getId());
        assertEquals("oskar-lindqvist", linked.catalogueChanges().get(0).getChanges().get(0).getId());
    }

    @Test
    void shouldKeepARareEntityWithinItsRetention() {
        process(article("a1", T0, "oskar-lindqvist", "Oskar Lindqvist"));
        process(article("a2", T0.plus(EntityLinkingProcessor.RARE_RETENTION).minus(Duration.ofDays(1)), "clara-vennstrom", "Clara Vennstrom"));
        assertTrue(catalogue.get(OSKAR) != null);
    }
}
