package io.newswire.registry;

import io.newswire.registry.SchemaRegistryException;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/** Confluent's compatibility levels, checked with Avro's own reader/writer resolution rules. */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    public static CompatibilityLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                    "Invalid compatibility level '" + text + "'");
        }
    }

    /**
     * Returns the first incompatibility of the candidate against the existing versions (oldest first),
     * or null when it is compatible under this level.
     */
    public String firstIncompatibility(Schema candidate, List<Schema> existing) {
        if (existing.isEmpty()) {
            return null;
        }
        List<Schema> toCheck = transitive ? existing : List.of(existing.get(existing.size() - 1));
        for (Schema previous : toCheck) {
            if (newReadsOld) {
                String problem = incompatibility(candidate, previous);
                if (problem != null) {
                    return "new schema cannot read data written by an earlier one: " + problem;
                }
            }
            if (oldReadsNew) {
                String problem = incompatibility(previous, candidate);
                if (problem != null) {
                    return "an earlier schema cannot read data written by the new one: " + problem;
                }
            }
        }
        return null;
    }

    private static String incompatibility(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return null;
        }
        return result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + (i.getMessage() == null ? "" : " (" + i.getMessage() + ")"))
                .findFirst().orElse(result.getDescription());
    }
}
