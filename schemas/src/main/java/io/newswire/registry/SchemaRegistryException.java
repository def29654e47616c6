package io.newswire.registry;

/** A registry error with Confluent's HTTP status and error code (e.g. 404 / 40401). */
public class SchemaRegistryException extends RuntimeException {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int INVALID_MODE = 42204;
    public static final int STORE_ERROR = 50001;

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(int status, int errorCode, String message) {
        super(message + " (HTTP " + status + ", error code " + errorCode + ")");
        this.status = status;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.errorCode = 0;
    }

    public static SchemaRegistryException subjectNotFound(String subject) {
        return new SchemaRegistryException(404, SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
    }

    public static SchemaRegistryException versionNotFound(String version) {
        return new SchemaRegistryException(404, VERSION_NOT_FOUND, "Version " + version + " not found.");
    }

    public static SchemaRegistryException schemaNotFound() {
        return new SchemaRegistryException(404, SCHEMA_NOT_FOUND, "Schema not found");
    }

    public static SchemaRegistryException incompatible(String detail) {
        return new SchemaRegistryException(409, INCOMPATIBLE_SCHEMA,
                "Schema being registered is incompatible with an earlier schema for subject: " + detail);
    }

    public static SchemaRegistryException invalidSchema(String detail) {
        return new SchemaRegistryException(422, INVALID_SCHEMA, "Invalid schema: " + detail);
    }

    /** HTTP status, 0 when the registry could not be reached at all. */
    public int status() {
        return status;
    }

    /** Confluent error code (40401, 409, 42201, ...), 0 when unknown. */
    public int errorCode() {
        return errorCode;
    }
}
