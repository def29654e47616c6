package io.newswire.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.registry.SchemaRegistryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaStoreTest {

    private static final Schema V1 = SchemaStore.parse(
            "{\"type\":\"record\",\"name\":\"Ferry\",\"fields\":[{\"name\":\"route\",\"type\":\"string\"}]}");
    private static final Schema V2 = SchemaStore.parse(
            "{\"type\":\"record\",\"name\":\"Ferry\",\"fields\":[{\"name\":\"route\",\"type\":\"string\"},"
                    + "{\"name\":\"berth\",\"type\":[\"null\",\"int\"],\"default\":null}]}");
    private static final Schema NEW_REQUIRED_FIELD = SchemaStore.parse(
            "{\"type\":\"record\",\"name\":\"Ferry\",\"fields\":[{\"name\":\"route\",\"type\":\"string\"},{\"name\":\"berth\",\"type\":\"int\"}]}");

    /** A log kept in memory, to show the store is rebuilt from what it appended. */
    private static final class MemoryLog implements SchemaLog {
        final Map<String, String> records = new LinkedHashMap<>();

        @Override
        public void replay(BiConsumer<String, String> apply) {
            new ArrayList<>(records.entrySet()).forEach(e -> apply.accept(e.getKey(), e.getValue()));
        }

        @Override
        public void append(String key, String value) {
            records.remove(key);
            records.put(key, value);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void shouldGiveTheSameIdToTheSameSchemaUnderEverySubject() {
        SchemaStore store = new SchemaStore(SchemaLog.NONE);
        int id = store.register("news.ferries-value", V1);
        assertEquals(id, store.register("news.ferries-value", V1));
        assertEquals(id, store.register("news.boats-value", V1));
        assertEquals(List.of(1), store.versions("news.ferries-value").stream().map(SchemaStore.Version::version).toList());
    }

    @Test
    void shouldRefuseABackwardIncompatibleVersionAndSayWhy() {
        SchemaStore store = new SchemaStore(SchemaLog.NONE);
        store.register("news.ferries-value", V1);
        assertNull(store.incompatibility("news.ferries-value", "latest", V2));
        assertNotNull(store.incompatibility("news.ferries-value", "latest", NEW_REQUIRED_FIELD));
        SchemaRegistryException refused = assertThrows(SchemaRegistryException.class,
                () -> store.register("news.ferries-value", NEW_REQUIRED_FIELD));
        assertEquals(409, refused.status());
    }

    @Test
    void shouldRebuildSubjectsVersionsAndIdsFromItsLog() {
        MemoryLog log = new MemoryLog();
        SchemaStore first = new SchemaStore(log);
        int v1 = first.register("news.ferries-value", V1);
        int v2 = first.register("news.ferries-value", V2);
        SchemaStore rebuilt = new SchemaStore(log);
        assertEquals(List.of("news.ferries-value"), rebuilt.subjects());
        assertEquals(V2, rebuilt.byId(v2));
        assertEquals(v1, rebuilt.version("news.ferries-value", "1").id());
    }
}
