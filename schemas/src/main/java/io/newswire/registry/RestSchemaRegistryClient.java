package io.newswire.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Talks to any Confluent-compatible registry over its REST API. Results are cached forever:
 * a registry never reassigns an id, so one round trip per schema and subject is enough.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final Duration PING_TIMEOUT = Duration.ofSeconds(5);

    private final List<URI> baseUrls;
    private final HttpClient http;
    private final Optional<String> authorization;
    /** Keyed by schema object, not its JSON: rendering a schema per record was measurable on the hot path. */
    private final Map<SubjectSchema, Integer> registered = new ConcurrentHashMap<>();

    private record SubjectSchema(String subject, Schema schema) {
    }
    private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(RegistryClientConfig config) {
        this.baseUrls = config.urls();
        this.authorization = config.authorization();
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (config.ssl() != null) {
            builder.sslContext(config.ssl());
        }
        this.http = builder.build();
    }

    @Override
    public int register(String subject, Schema schema) {
        return registered.computeIfAbsent(new SubjectSchema(subject, schema),
                k -> post("subjects/" + encode(subject) + "/versions", schema).get("id").asInt());
    }

    @Override
    public int lookupId(String subject, Schema schema) {
        return registered.computeIfAbsent(new SubjectSchema(subject, schema),
                k -> post("subjects/" + encode(subject), schema).get("id").asInt());
    }

    @Override
    public Schema getById(int id) {
        return schemas.computeIfAbsent(id,
                i -> new Schema.Parser().parse(send(HttpRequest.newBuilder(), "schemas/ids/" + i, REQUEST_TIMEOUT).get("schema").asText()));
    }

    /** A cheap authenticated read, so that a wrong address or credentials fail at start, not at the first record. */
    @Override
    public void ping() {
        send(HttpRequest.newBuilder(), "config", PING_TIMEOUT);
    }

    private JsonNode post(String path, Schema schema) {
        String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
        return send(HttpRequest.newBuilder()
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)), path, REQUEST_TIMEOUT);
    }

    private JsonNode send(HttpRequest.Builder request, String path, Duration timeout) {
        IOException lastFailure = null;
        authorization.ifPresent(value -> request.setHeader("Authorization", value));
        for (URI base : baseUrls) {
            try {
                HttpResponse<String> response = http.send(
                        request.uri(base.resolve(path)).setHeader("Accept", CONTENT_TYPE).timeout(timeout).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode json = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
                if (response.statusCode() / 100 != 2) {
                    throw new SchemaRegistryException(response.statusCode(), json.path("error_code").asInt(),
                            json.path("message").asText(response.body()));
                }
                return json;
            } catch (IOException e) {
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while calling the schema registry", e);
            }
        }
        throw new SchemaRegistryException("Cannot reach the schema registry at " + baseUrls + " (set it with schema.registry.url, "
                + "--schema-registry-url or NEWSWIRE_SCHEMA_REGISTRY_URL): " + lastFailure, lastFailure);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }
}
