package io.newswire.app.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.registry.CompatibilityLevel;
import io.newswire.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * The registry's state: subjects with their versions, global ids, and compatibility settings.
 * Every change goes to the {@link SchemaLog} first and is applied from the same record, so a
 * replay after restart rebuilds exactly what was served.
 */
public final class SchemaStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GLOBAL = "__GLOBAL";

    /** One registered version of a subject. */
    public record Version(String subject, int version, int id, Schema schema) {
    }

    private final SchemaLog log;
    private final Map<String, List<Version>> subjects = new TreeMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<String, CompatibilityLevel> compatibility = new HashMap<>();
    private final Map<String, Integer> lastVersion = new HashMap<>();

    public SchemaStore(SchemaLog log) {
        this.log = log;
        log.replay(this::apply);
    }

    public static Schema parse(String schemaText) {
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (AvroRuntimeException | NullPointerException e) {
            // Undefined names, bad defaults (AvroTypeException) and syntax errors alike are the caller's schema, not our store.
            throw SchemaRegistryException.invalidSchema(String.valueOf(e.getMessage()));
        }
    }

    /** Registers a schema; an identical schema already under the subject returns its existing id. */
    public synchronized int register(String subject, Schema schema) {
        Optional<Version> existing = find(subject, schema);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        String problem = compatibility(subject).firstIncompatibility(schema, schemas(subject));
        if (problem != null) {
            throw SchemaRegistryException.incompatible(problem);
        }
        int id = idsBySchemaText.getOrDefault(schema.toString(), schemasById.size() + 1);
        // Numbers are never reused, even after a version is deleted (as in Confluent's registry).
        int version = lastVersion.getOrDefault(subject, 0) + 1;
        ObjectNode record = JSON.createObjectNode()
                .put("subject", subject).put("version", version).put("id", id).put("schema", schema.toString());
        persist("schema:" + subject + ":" + version, record);
        return id;
    }

    public synchronized Version lookup(String subject, Schema schema) {
        if (!subjects.containsKey(subject)) {
            throw SchemaRegistryException.subjectNotFound(subject);
        }
        return find(subject, schema).orElseThrow(SchemaRegistryException::schemaNotFound);
    }

    public synchronized Schema byId(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw SchemaRegistryException.schemaNotFound();
        }
        return schema;
    }

    public synchronized List<String> subjects() {
        return List.copyOf(subjects.keySet());
    }

    public synchronized List<Version> versions(String subject) {
        List<Version> versions = subjects.get(subject);
        return versions == null ? List.of() : List.copyOf(versions);
    }

    /** A version by number or {@code latest}. */
    public synchronized Version version(String subject, String versionText) {
        List<Version> versions = subjects.get(subject);
        if (versions == null) {
            throw SchemaRegistryException.subjectNotFound(subject);
        }
        if ("latest".equals(versionText) || "-1".equals(versionText)) {
            return versions.get(versions.size() - 1);
        }
        int number;
        try {
            number = Integer.parseInt(versionText);
        } catch (NumberFormatException e) {
            throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_VERSION,
                    "The specified version '" + versionText + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
        }
        if (number < 1) {
            throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_VERSION,
                    "The specified version '" + versionText + "' is not a valid version id");
        }
        return versions.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> SchemaRegistryException.versionNotFound(versionText));
    }

    /** Why the schema could not be registered after the given version under the subject's level, or null if it could. */
    public synchronized String incompatibility(String subject, String versionText, Schema schema) {
        CompatibilityLevel level = compatibility(subject);
        List<Schema> against = "latest".equals(versionText) && level.name().endsWith("TRANSITIVE")
                ? schemas(subject) : List.of(version(subject, versionText).schema());
        return level.firstIncompatibility(schema, against);
    }

    /** Every subject and version that holds the schema with this id. */
    public synchronized List<Version> usesOf(int id) {
        byId(id);
        return subjects.values().stream().flatMap(List::stream).filter(v -> v.id() == id).toList();
    }

    /** Removes one version; its id stays readable by id, as in Confluent's registry. */
    public synchronized Version deleteVersion(String subject, String versionText) {
        Version version = version(subject, versionText);
        persist("schema:" + subject + ":" + version.version(), JSON.createObjectNode()
                .put("subject", subject).put("version", version.version()).put("deleted", true));
        return version;
    }

    /** Removes the subject's versions and returns their numbers. */
    public synchronized List<Integer> deleteSubject(String subject) {
        List<Version> all = versions(subject);
        if (all.isEmpty()) {
            throw SchemaRegistryException.subjectNotFound(subject);
        }
        all.forEach(v -> deleteVersion(subject, String.valueOf(v.version())));
        return all.stream().map(Version::version).toList();
    }

    public synchronized CompatibilityLevel globalCompatibility() {
        return compatibility.getOrDefault(GLOBAL, CompatibilityLevel.BACKWARD);
    }

    public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return Optional.ofNullable(compatibility.get(subject));
    }

    public synchronized void setCompatibility(String subjectOrNull, CompatibilityLevel level) {
        String target = subjectOrNull == null ? GLOBAL : subjectOrNull;
        persist("config:" + target, JSON.createObjectNode().put("target", target).put("compatibilityLevel", level.name()));
    }

    private CompatibilityLevel compatibility(String subject) {
        return compatibility.getOrDefault(subject, globalCompatibility());
    }

    private List<Schema> schemas(String subject) {
        return versions(subject).stream().map(Version::schema).toList();
    }

    private Optional<Version> find(String subject, Schema schema) {
        String text = schema.toString();
        return versions(subject).stream().filter(v -> v.schema().toString().equals(text)).findFirst();
    }

    private void persist(String key, ObjectNode record) {
        String value = record.toString();
        log.append(key, value);
        apply(key, value);
    }

    private synchronized void apply(String key, String value) {
        JsonNode record;
        try {
            record = JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Corrupt registry record " + key, e);
        }
        if (key.startsWith("config:")) {
            compatibility.put(record.get("target").asText(), CompatibilityLevel.parse(record.get("compatibilityLevel").asText()));
            return;
        }
        String subject = record.get("subject").asText();
        lastVersion.merge(subject, record.get("version").asInt(), Math::max);
        if (record.path("deleted").asBoolean(false)) {
            int deleted = record.get("version").asInt();
            List<Version> versions = subjects.get(subject);
            if (versions != null) {
                versions.removeIf(v -> v.version() == deleted);
                if (versions.isEmpty()) {
                    subjects.remove(subject);
                }
            }
            return;
        }
        Schema schema = new Schema.Parser().parse(record.get("schema").asText());
        int id = record.get("id").asInt();
        schemasById.put(id, schema);
        idsBySchemaText.put(schema.toString(), id);
        subjects.computeIfAbsent(record.get("subject").asText(), s -> new ArrayList<>())
                .add(new Version(record.get("subject").asText(), record.get("version").asInt(), id, schema));
    }
}
