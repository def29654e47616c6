package io.newswire.registry.server;

import io.newswire.config.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswire.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the subset of Confluent Schema Registry's REST API that Confluent's serdes and tools use,
 * with its content type and error bodies, so any Confluent client works against the local default.
 * It runs in the JVM that also runs the stream processors, so request bodies are capped, and it can
 * require HTTP basic auth.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Schemas are a few KiB; no legitimate request comes near this. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Beyond this the connection is simply closed: a client that keeps sending that much is not waiting for an answer. */
    private static final long DISCARD_LIMIT = 64L * 1024 * 1024;

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

    private final SchemaStore store;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Access access;

    private SchemaRegistryServer(SchemaStore store, HttpServer server, ExecutorService executor, Access access) {
        this.store = store;
        this.server = server;
        this.executor = executor;
        this.access = access;
    }

    public static SchemaRegistryServer start(String host, int port, SchemaStore store) {
        return start(host, port, store, Access.OPEN);
    }

    /** Binds and starts; a port in use is reported as such rather than as a stack trace. */
    public static SchemaRegistryServer start(String host, int port, SchemaStore store, Access access) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw new UserFacingException("Schema registry port " + port + " on " + host
                    + " is already in use: stop what is using it or choose another with --registry-port");
        } catch (IOException e) {
            throw new UserFacingException("Cannot start the schema registry on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "schema-registry-http");
            thread.setDaemon(true);
            return thread;
        });
        SchemaRegistryServer registry = new SchemaRegistryServer(store, server, executor, access);
        server.createContext("/", registry::handle);
        server.setExecutor(executor);
        server.start();
        return registry;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            Object body;
            try {
                authorize(exchange);
                Request request = new Request(exchange.getRequestMethod(), segments(exchange), query(exchange),
                        readBody(exchange, access.maxBodyBytes()));
                body = route(request);
            } catch (Unauthorized e) {
                status = 401;
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"schema-registry\"");
                body = error(401, "Unauthorized");
            } catch (TooLarge e) {
                status = 413;
                body = error(413, e.getMessage());
            } catch (SchemaRegistryException e) {
                status = e.status();
                body = error(e.errorCode(), messageOf(e));
            } catch (RouteNotFound e) {
                status = 404;
                body = error(404, "HTTP 404 Not Found");
            } catch (MethodNotAllowed e) {
                status = 405;
                body = error(405, "HTTP 405 Method Not Allowed");
            } catch (BadRequest e) {
                status = 400;
                body = error(400, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                status = 500;
                body = error(SchemaRegistryException.STORE_ERROR, "Error in the backend data store: " + e.getMessage());
            }
            byte[] bytes = body instanceof RawJson raw ? raw.json().getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** One request, parsed. */
    private record Request(String method, List<String> path, Map<String, String> query, JsonNode body) {
        String at(int index) {
            return path.get(index);
        }
    }

    /** A body already in JSON, written as is (a schema, for {@code /versions/{v}/schema}). */
    private record RawJson(String json) {
    }

    private Object route(Request request) {
        List<String> path = request.path();
        String method = request.method();
        JsonNode body = request.body();
        int n = path.size();
        if (n == 0) {
            return JSON.createObjectNode();
        }
        switch (path.get(0)) {
            case "subjects":
                if (n == 1) {
                    return expect(method, "GET", store.subjects());
                }
                String subject = path.get(1);
                if (n == 2) {
                    if (method.equals("DELETE")) {
                        return store.deleteSubject(subject);
                    }
                    expect(method, "POST", null);
                    return versionJson(store.lookup(subject, schemaOf(body)));
                }
                if (n == 3 && path.get(2).equals("versions")) {
                    if (method.equals("POST")) {
                        return JSON.createObjectNode().put("id", store.register(subject, schemaOf(body)));
                    }
                    List<SchemaStore.Version> versions = store.versions(subject);
                    if (versions.isEmpty()) {
                        throw SchemaRegistryException.subjectNotFound(subject);
                    }
                    return expect(method, "GET", versions.stream().map(SchemaStore.Version::version).toList());
                }
                if (n == 4 && path.get(2).equals("versions")) {
                    if (method.equals("DELETE")) {
                        return store.deleteVersion(subject, path.get(3)).version();
                    }
                    return expect(method, "GET", versionJson(store.version(subject, path.get(3))));
                }
                if (n == 5 && path.get(2).equals("versions") && path.get(4).equals("schema")) {
                    return expect(method, "GET", new RawJson(store.version(subject, path.get(3)).schema().toString()));
                }
                break;
            case "schemas":
                if (n == 2 && path.get(1).equals("types")) {
                    return expect(method, "GET", List.of("AVRO"));
                }
                if (n == 3 && path.get(1).equals("ids")) {
                    expect(method, "GET", null);
                    return JSON.createObjectNode().put("schema", store.byId(parseId(path.get(2))).toString());
                }
                if (n == 4 && path.get(1).equals("ids") && path.get(3).equals("versions")) {
                    expect(method, "GET", null);
                    return store.usesOf(parseId(path.get(2))).stream()
                            .map(v -> JSON.createObjectNode().put("subject", v.subject()).put("version", v.version())).toList();
                }
                break;
            case "compatibility":
                if (n == 5 && path.get(1).equals("subjects") && path.get(3).equals("versions")) {
                    expect(method, "POST", null);
                    String problem = store.incompatibility(path.get(2), path.get(4), schemaOf(body));
                    ObjectNode answer = JSON.createObjectNode().put("is_compatible", problem == null);
                    if (Boolean.parseBoolean(request.query().getOrDefault("verbose", "false"))) {
                        answer.set("messages", JSON.valueToTree(problem == null ? List.of() : List.of(problem)));
                    }
                    return answer;
                }
                break;
            case "config":
                if (n <= 2) {
                    return config(method, n == 2 ? path.get(1) : null, body);
                }
                break;
            case "mode":
                if (n <= 2) {
                    return mode(method, body);
                }
                break;
            default:
                break;
        }
        throw new RouteNotFound();
    }

    /** Always READWRITE: this registry does not import schemas with fixed ids. */
    private static Object mode(String method, JsonNode body) {
        if (method.equals("PUT")) {
            String wanted = body == null ? "" : body.path("mode").asText("");
            if (!wanted.equals("READWRITE")) {
                throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_MODE,
                        "Invalid mode '" + wanted + "': this registry supports only READWRITE");
            }
        } else {
            expect(method, "GET", null);
        }
        return JSON.createObjectNode().put("mode", "READWRITE");
    }

    private Object config(String method, String subject, JsonNode body) {
        if (method.equals("PUT")) {
            if (body == null || !body.hasNonNull("compatibility")) {
                throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                        "Invalid compatibility level: the body must be {\"compatibility\": \"BACKWARD\"}");
            }
            CompatibilityLevel level = CompatibilityLevel.parse(body.get("compatibility").asText());
            store.setCompatibility(subject, level);
            return JSON.createObjectNode().put("compatibility", level.name());
        }
        expect(method, "GET", null);
        CompatibilityLevel level = subject == null ? store.globalCompatibility()
                : store.subjectCompatibility(subject).orElseThrow(() -> new SchemaRegistryException(404,
                        SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                        "Subject '" + subject + "' does not have subject-level compatibility configured"));
        return JSON.createObjectNode().put("compatibilityLevel", level.name());
    }

    private static <T> T expect(String method, String allowed, T result) {
        if (!method.equals(allowed)) {
            throw new MethodNotAllowed();
        }
        return result;
    }

    private static ObjectNode versionJson(SchemaStore.Version version) {
        return JSON.createObjectNode().put("subject", version.subject()).put("version", version.version())
                .put("id", version.id()).put("schema", version.schema().toString());
    }

    private static Schema schemaOf(JsonNode body) {
        if (body == null || !body.hasNonNull("schema")) {
            throw SchemaRegistryException.invalidSchema("the request body must be {\"schema\": \"<Avro schema as a JSON string>\"}");
        }
        String type = body.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw SchemaRegistryException.invalidSchema("schema type " + type + " is not supported here; only AVRO is");
        }
        return SchemaStore.parse(body.get("schema").asText());
    }

    private static int parseId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw SchemaRegistryException.schemaNotFound();
        }
    }

    private static List<String> segments(HttpExchange exchange) {
        return Arrays.stream(exchange.getRequestURI().getRawPath().split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8))
                .toList();
    }

    private void authorize(HttpExchange exchange) {
        String expected = access.expectedAuthorization();
        if (expected == null) {
            return;
        }
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthorized();
        }
    }

    /** Reads at most {@code max} bytes: a declared or actual body over it is refused without being held in memory. */
    private static JsonNode readBody(HttpExchange exchange, int max) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared != null && parseLong(declared) > max) {
                discard(in);
                throw new TooLarge("Request body of " + declared + " bytes is over the " + max + "-byte limit");
            }
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                discard(in);
                throw new TooLarge("Request body is over the " + max + "-byte limit");
            }
            return bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException e) {
            throw new BadRequest("Request body is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * Reads and drops what the client is still sending, up to a bound: closing on an unread body resets the
     * connection and the client never sees the 413. Nothing is kept, so this costs bandwidth, not memory.
     */
    private static void discard(InputStream in) throws IOException {
        long left = DISCARD_LIMIT;
        byte[] sink = new byte[64 * 1024];
        for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
            left -= n;
        }
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static ObjectNode error(int code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message);
    }

    private static String messageOf(SchemaRegistryException e) {
        String message = e.getMessage();
        int suffix = message.lastIndexOf(" (HTTP ");
        return suffix > 0 ? message.substring(0, suffix) : message;
    }

    private static final class RouteNotFound extends RuntimeException {
    }

    private static final class Unauthorized extends RuntimeException {
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static final class MethodNotAllowed extends RuntimeException {
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
