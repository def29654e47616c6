package io.newswire.app.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.newswire.config.UserFacingException;
import io.newswire.registry.CompatibilityLevel;
import io.newswire.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the subset of Confluent Schema Registry's REST API that Confluent's serdes and tools use, with its
 * content type and error bodies, so any Confluent client works against the local default. A route table on
 * Javalin, the project's one HTTP stack; it runs in the JVM that also runs the stream processors, so request
 * bodies are capped, and it can require HTTP basic auth.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set once a handler or an exception mapper has written the answer, so the 404/405 mappers leave it alone. */
    private static final String ANSWERED = "registry.answered";

    /** Schemas are a few KiB; no legitimate request comes near this. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /**
     * Who may call and how much they may send.
     *
     * @param userInfo     {@code user:password} every request must present with basic auth, or empty for none
     * @param maxBodyBytes larger request bodies are refused with 413 before they are read
     */
    public record Access(Optional<String> userInfo, int maxBodyBytes) {
        public static final Access OPEN = new Access(Optional.empty(), DEFAULT_MAX_BODY_BYTES);

        String expectedAuthorization() {
            return userInfo.map(u -> "Basic " + Base64.getEncoder().encodeToString(u.getBytes(StandardCharsets.UTF_8))).orElse(null);
        }
    }

    private final Javalin app;
    private final String host;

    private SchemaRegistryServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    public static SchemaRegistryServer start(String host, int port, SchemaStore store) {
        return start(host, port, store, Access.OPEN);
    }

    /** Binds and starts; a port in use is reported as such rather than as a stack trace. */
    public static SchemaRegistryServer start(String host, int port, SchemaStore store, Access access) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = access.maxBodyBytes();
            config.http.prefer405over404 = true;
        });
        new Routes(store).addTo(app);
        String expected = access.expectedAuthorization();
        if (expected != null) {
            app.beforeMatched(ctx -> {
                String given = ctx.header("Authorization");
                if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                    ctx.header("WWW-Authenticate", "Basic realm=\"schema-registry\"");
                    throw new HttpResponseException(401, "Unauthorized");
                }
            });
        }
        app.exception(SchemaRegistryException.class, (e, ctx) -> answer(ctx, e.status(), error(e.errorCode(), messageOf(e))));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), error(e.getStatus(), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Schema registry request {} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, error(SchemaRegistryException.STORE_ERROR, "Error in the backend data store: " + e.getMessage()));
        });
        app.error(404, ctx -> unanswered(ctx, 404, "HTTP 404 Not Found"));
        app.error(405, ctx -> unanswered(ctx, 405, "HTTP 405 Method Not Allowed"));
        app.error(413, ctx -> unanswered(ctx, 413, "Request body is over the " + access.maxBodyBytes() + "-byte limit"));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            if (portInUse(e)) {
                throw new UserFacingException("Schema registry port " + port + " on " + host
                        + " is already in use: stop what is using it or choose another with --registry-port");
            }
            throw new UserFacingException("Cannot start the schema registry on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new SchemaRegistryServer(app, host);
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + host + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The route table: each Confluent endpoint this registry serves, and what it answers. */
    private record Routes(SchemaStore store) {

        void addTo(Javalin app) {
            app.get("/", ctx -> answer(ctx, 200, JSON.createObjectNode()));
            app.get("/subjects", ctx -> answer(ctx, 200, store.subjects()));
            app.post("/subjects/{subject}", ctx -> answer(ctx, 200, versionJson(store.lookup(ctx.pathParam("subject"), schemaOf(ctx)))));
            app.delete("/subjects/{subject}", ctx -> answer(ctx, 200, store.deleteSubject(ctx.pathParam("subject"))));
            app.get("/subjects/{subject}/versions", ctx -> {
                List<SchemaStore.Version> versions = store.versions(ctx.pathParam("subject"));
                if (versions.isEmpty()) {
                    throw SchemaRegistryException.subjectNotFound(ctx.pathParam("subject"));
                }
                answer(ctx, 200, versions.stream().map(SchemaStore.Version::version).toList());
            });
            app.post("/subjects/{subject}/versions", ctx ->
                    answer(ctx, 200, JSON.createObjectNode().put("id", store.register(ctx.pathParam("subject"), schemaOf(ctx)))));
            app.get("/subjects/{subject}/versions/{version}", ctx ->
                    answer(ctx, 200, versionJson(store.version(ctx.pathParam("subject"), ctx.pathParam("version")))));
            app.delete("/subjects/{subject}/versions/{version}", ctx ->
                    answer(ctx, 200, store.deleteVersion(ctx.pathParam("subject"), ctx.pathParam("version")).version()));
            // The schema itself, already JSON, written as it is.
            app.get("/subjects/{subject}/versions/{version}/schema", ctx ->
                    answerRaw(ctx, 200, store.version(ctx.pathParam("subject"), ctx.pathParam("version")).schema().toString()));
            app.get("/schemas/types", ctx -> answer(ctx, 200, List.of("AVRO")));
            app.get("/schemas/ids/{id}", ctx -> answer(ctx, 200, JSON.createObjectNode().put("schema", store.byId(id(ctx)).toString())));
            app.get("/schemas/ids/{id}/versions", ctx -> answer(ctx, 200, store.usesOf(id(ctx)).stream()
                    .map(v -> JSON.createObjectNode().put("subject", v.subject()).put("version", v.version())).toList()));
            app.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> {
                String problem = store.incompatibility(ctx.pathParam("subject"), ctx.pathParam("version"), schemaOf(ctx));
                ObjectNode result = JSON.createObjectNode().put("is_compatible", problem == null);
                if (Boolean.parseBoolean(ctx.queryParam("verbose"))) {
                    result.set("messages", JSON.valueToTree(problem == null ? List.of() : List.of(problem)));
                }
                answer(ctx, 200, result);
            });
            app.get("/config", ctx -> answer(ctx, 200, compatibility(store.globalCompatibility())));
            app.put("/config", ctx -> answer(ctx, 200, setCompatibility(null, ctx)));
            app.get("/config/{subject}", ctx -> {
                String subject = ctx.pathParam("subject");
                answer(ctx, 200, compatibility(store.subjectCompatibility(subject).orElseThrow(() -> new SchemaRegistryException(404,
                        SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                        "Subject '" + subject + "' does not have subject-level compatibility configured"))));
            });
            app.put("/config/{subject}", ctx -> answer(ctx, 200, setCompatibility(ctx.pathParam("subject"), ctx)));
            // Always READWRITE: this registry does not import schemas with fixed ids.
            app.get("/mode", ctx -> answer(ctx, 200, JSON.createObjectNode().put("mode", "READWRITE")));
            app.put("/mode", ctx -> {
                String wanted = body(ctx).path("mode").asText("");
                if (!wanted.equals("READWRITE")) {
                    throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_MODE,
                            "Invalid mode '" + wanted + "': this registry supports only READWRITE");
                }
                answer(ctx, 200, JSON.createObjectNode().put("mode", "READWRITE"));
            });
        }

        private ObjectNode setCompatibility(String subject, Context ctx) {
            JsonNode body = body(ctx);
            if (!body.hasNonNull("compatibility")) {
                throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                        "Invalid compatibility level: the body must be {\"compatibility\": \"BACKWARD\"}");
            }
            CompatibilityLevel level = CompatibilityLevel.parse(body.get("compatibility").asText());
            store.setCompatibility(subject, level);
            return JSON.createObjectNode().put("compatibility", level.name());
        }
    }

    private static ObjectNode compatibility(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibilityLevel", level.name());
    }

    private static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        try {
            JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
            return body == null ? JSON.createObjectNode() : body;
        } catch (IOException e) {
            throw new HttpResponseException(400, "Request body is not valid JSON: " + e.getMessage());
        }
    }

    private static Schema schemaOf(Context ctx) {
        JsonNode body = body(ctx);
        if (!body.hasNonNull("schema")) {
            throw SchemaRegistryException.invalidSchema("the request body must be {\"schema\": \"<Avro schema as a JSON string>\"}");
        }
        String type = body.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw SchemaRegistryException.invalidSchema("schema type " + type + " is not supported here; only AVRO is");
        }
        return SchemaStore.parse(body.get("schema").asText());
    }

    private static int id(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw SchemaRegistryException.schemaNotFound();
        }
    }

    private static ObjectNode versionJson(SchemaStore.Version version) {
        return JSON.createObjectNode().put("subject", version.subject()).put("version", version.version())
                .put("id", version.id()).put("schema", version.schema().toString());
    }

    private static void answer(Context ctx, int status, Object body) {
        try {
            answerRaw(ctx, status, JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answerRaw(Context ctx, int status, String json) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status).contentType(CONTENT_TYPE).result(json);
    }

    /** Javalin's own 404, 405 and 413 in the registry's error format, unless a handler already answered. */
    private static void unanswered(Context ctx, int status, String message) {
        if (ctx.attribute(ANSWERED) == null) {
            answer(ctx, status, error(status, message));
        }
    }

    private static ObjectNode error(int code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message);
    }

    private static String messageOf(SchemaRegistryException e) {
        String message = e.getMessage();
        int suffix = message.lastIndexOf(" (HTTP ");
        return suffix > 0 ? message.substring(0, suffix) : message;
    }
}
