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
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Talks to any Confluent-compatible registry over its REST API. Results are cached forever:
 * a registry never reassigns an id, so one round trip per schema and subject is enough.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> baseUrls;
    private final HttpClient http;
    /** Keyed by schema object, not its JSON: rendering a schema per record was measurable on the hot path. */
    private final Map<SubjectSchema, Integer> registered = new ConcurrentHashMap<>();

    private record SubjectSchema(String subject, Schema schema) {
    }
    private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("schema.registry.url must name at least one URL");
        }
        this.baseUrls = urls.stream().map(u -> URI.create(u.endsWith("/") ? u : u + "/")).toList();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
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
                i -> new Schema.Parser().parse(send(HttpRequest.newBuilder(), "schemas/ids/" + i).get("schema").asText()));
    }

    private JsonNode post(String path, Schema schema) {
        String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
        return send(HttpRequest.newBuilder()
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)), path);
    }

    private JsonNode send(HttpRequest.Builder request, String path) {
        IOException lastFailure = null;
        for (URI base : baseUrls) {
            try {
                HttpResponse<String> response = http.send(
                        request.uri(base.resolve(path)).header("Accept", CONTENT_TYPE).timeout(Duration.ofSeconds(30)).build(),
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
        throw new SchemaRegistryException("Schema registry unreachable at " + baseUrls + ": " + lastFailure, lastFailure);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }
}
