package io.newswire.registry;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A registry held in memory, for unit tests. Scoped instances ({@code mock://scope} URLs) let
 * serdes that Kafka instantiates by reflection share one registry with the test that created it.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private static final Map<String, InMemorySchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Map<String, Integer>> idsBySubject = new HashMap<>();
    /** Schema.toString() renders the whole JSON; a serializer asks with the same instance for every record. */
    private final Map<Schema, String> texts = new IdentityHashMap<>();

    /** The shared client for a {@code mock://} scope, created on first use. */
    public static InMemorySchemaRegistryClient forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistryClient());
    }

    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        String text = texts.computeIfAbsent(schema, Schema::toString);
        int id = idsBySchema.computeIfAbsent(text, t -> {
            int next = schemasById.size() + 1;
            schemasById.put(next, schema);
            return next;
        });
        idsBySubject.computeIfAbsent(subject, s -> new HashMap<>()).put(text, id);
        return id;
    }

    @Override
    public synchronized int lookupId(String subject, Schema schema) {
        Map<String, Integer> subjectIds = idsBySubject.get(subject);
        if (subjectIds == null) {
            throw SchemaRegistryException.subjectNotFound(subject);
        }
        Integer id = subjectIds.get(texts.computeIfAbsent(schema, Schema::toString));
        if (id == null) {
            throw SchemaRegistryException.schemaNotFound();
        }
        return id;
    }

    @Override
    public synchronized Schema getById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw SchemaRegistryException.schemaNotFound();
        }
        return schema;
    }
}
