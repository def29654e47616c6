package io.newswire.registry.server;

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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the subset of Confluent Schema Registry's REST API that Confluent's serdes and tools use,
 * with its content type and error bodies, so any Confluent client works against the local default.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;
    private final HttpServer server;
    private final ExecutorService executor;

    private SchemaRegistryServer(SchemaStore store, HttpServer server, ExecutorService executor) {
        this.store = store;
        this.server = server;
        this.executor = executor;
    }

    /** Binds and starts; a port in use is reported as such rather than as a stack trace. */
    public static SchemaRegistryServer start(String host, int port, SchemaStore store) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw new IllegalStateException("Schema registry port " + port + " on " + host
                    + " is already in use: stop what is using it or choose another with --registry-port");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the schema registry on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "schema-registry-http");
            thread.setDaemon(true);
            return thread;
        });
        SchemaRegistryServer registry = new SchemaRegistryServer(store, server, executor);
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
                body = route(exchange.getRequestMethod(), segments(exchange), readBody(exchange.getRequestBody()));
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
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Object route(String method, List<String> path, JsonNode body) {
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
                    return expect(method, "GET", versionJson(store.version(subject, path.get(3))));
                }
                if (n == 5 && path.get(2).equals("versions") && path.get(4).equals("schema")) {
                    return expect(method, "GET", JSON.valueToTree(store.version(subject, path.get(3)).schema().toString()));
                }
                break;
            case "schemas":
                if (n == 3 && path.get(1).equals("ids")) {
                    expect(method, "GET", null);
                    return JSON.createObjectNode().put("schema", store.byId(parseId(path.get(2))).toString());
                }
                break;
            case "compatibility":
                if (n == 5 && path.get(1).equals("subjects") && path.get(3).equals("versions")) {
                    expect(method, "POST", null);
                    return JSON.createObjectNode().put("is_compatible", store.isCompatible(path.get(2), path.get(4), schemaOf(body)));
                }
                break;
            case "config":
                if (n <= 2) {
                    return config(method, n == 2 ? path.get(1) : null, body);
                }
                break;
            default:
                break;
        }
        throw new RouteNotFound();
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

    private static JsonNode readBody(InputStream in) {
        try {
            byte[] bytes = in.readAllBytes();
            return bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException e) {
            throw new BadRequest("Request body is not valid JSON: " + e.getMessage());
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

    private static final class RouteNotFound extends RuntimeException {
    }

    private static final class MethodNotAllowed extends RuntimeException {
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
