package io.newswire.streams.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.avro.EntityLanguage;
import io.newswire.avro.EntityRecord;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class PersonVariantsTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, EntityRecord> merged = init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("merged"),
            Serdes.String(), NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient()).<EntityRecord>storeSerde())
            .withLoggingDisabled().build());
    private final KeyValueStore<String, PersonVariantIds> variants = init(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("variants"),
            Serdes.String(), PersonVariantIds.serde()).withLoggingDisabled().build());
    private final PersonVariants people = new PersonVariants(merged, variants);

    private <S extends org.apache.kafka.streams.processor.StateStore> S init(S store) {
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static EntityRecord person(String id, String language, String name, long articles) {
        EntityLanguage section = EntityLanguage.newBuilder().setName(name).setType("PERSON").setTypeVotes(new HashMap<>(Map.of("PERSON", 1)))
                .setAliases(new ArrayList<>()).setArticles(articles).setFirstSeen(T0).setLastSeen(T0).build();
        return EntityLanguages.summary(id, new HashMap<>(Map.of(language, section)));
    }

    @Test
    void shouldResolveTheSpellingWithFewerArticlesToTheOneWithMore() {
        people.settle("vladimir-poutine", person("vladimir-poutine", "fr", "Vladimir Poutine", 7));
        Map<String, EntityRecord> changed = people.settle("vladimir-putin", person("vladimir-putin", "en", "Vladimir Putin", 2));
        assertEquals("vladimir-poutine", changed.get("vladimir-putin").getAliasOf());
        assertEquals(List.of("Vladimir Putin"), changed.get("vladimir-poutine").getAliases());
    }

    @Test
    void shouldRebuildItsIndexWhenATaskStartsWithoutIt() {
        merged.put("vladimir-putin", person("vladimir-putin", "en", "Vladimir Putin", 5));
        people.start();
        Map<String, EntityRecord> changed = people.settle("wladimir-putin", person("wladimir-putin", "de", "Wladimir Putin", 1));
        assertEquals("vladimir-putin", changed.get("wladimir-putin").getAliasOf());
    }

    @Test
    void shouldReleaseTheOtherSpellingWhenTheEntityItResolvedToIsForgotten() {
        people.settle("vladimir-putin", person("vladimir-putin", "en", "Vladimir Putin", 5));
        people.settle("vladimir-poutine", person("vladimir-poutine", "fr", "Vladimir Poutine", 2));
        Map<String, EntityRecord> changed = people.settle("vladimir-putin", null);
        assertNull(changed.get("vladimir-putin"));
        assertNull(changed.get("vladimir-poutine").getAliasOf());
    }
}
