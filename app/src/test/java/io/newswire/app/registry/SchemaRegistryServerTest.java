package io.newswire.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.registry.CompatibilityLevel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST contract Confluent clients rely on: paths, status codes, error codes and content type. */
class SchemaRegistryServerTest {

    static final String V1 = "{\"type\":\"record\",\"name\":\"Wire\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    static final String V2_WITH_DEFAULT = "{\"type\":\"record\",\"name\":\"Wire\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"}]}";
    static final String V2_WITHOUT_DEFAULT = "{\"type\":\"record\",\"name\":\"Wire\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"lang\",\"type\":\"string\"}]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private SchemaRegistryServer server;

    @BeforeEach
    void start() {
        server = SchemaRegistryServer.start("127.0.0.1", 0, new SchemaStore(SchemaLog.NONE));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldAnswerWithRegistryContentType() throws Exception {
        HttpResponse<String> response = call("GET", "/subjects", null);
        assertEquals(200, response.statusCode());
        assertEquals(SchemaRegistryServer.CONTENT_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("[]", response.body());
    }

    @Test
    void shouldGiveSameIdForSameSchemaUnderSameSubject() throws Exception {
        int first = register("wire-value", V1).get("id").asInt();
        int second = register("wire-value", V1).get("id").asInt();
        assertEquals(first, second);
        assertEquals("[1]", call("GET", "/subjects/wire-value/versions", null).body());
    }

    @Test
    void shouldReuseGlobalIdForSameSchemaUnderAnotherSubject() throws Exception {
        assertEquals(register("a-value", V1).get("id").asInt(), register("b-value", V1).get("id").asInt());
    }

    @Test
    void shouldServeSchemaById() throws Exception {
        int id = register("wire-value", V1).get("id").asInt();
        JsonNode body = json(call("GET", "/schemas/ids/" + id, null));
        assertEquals(JSON.readTree(V1), JSON.readTree(body.get("schema").asText()));
    }

    @Test
    void shouldReturn40403ForUnknownSchemaId() throws Exception {
        assertError(call("GET", "/schemas/ids/99", null), 404, 40403);
    }

    @Test
    void shouldReturn40401ForUnknownSubject() throws Exception {
        assertError(call("GET", "/subjects/nope/versions", null), 404, 40401);
    }

    @Test
    void shouldReturn40402ForUnknownVersion() throws Exception {
        register("wire-value", V1);
        assertError(call("GET", "/subjects/wire-value/versions/7", null), 404, 40402);
    }

    @Test
    void shouldReturn42202ForMalformedVersion() throws Exception {
        register("wire-value", V1);
        assertError(call("GET", "/subjects/wire-value/versions/first", null), 422, 42202);
    }

    @Test
    void shouldReturn42201ForInvalidSchema() throws Exception {
        assertError(call("POST", "/subjects/wire-value/versions", "{\"schema\":\"{\\\"type\\\":\\\"nonsense\\\"}\"}"), 422, 42201);
    }

    @Test
    void shouldRejectBackwardIncompatibleChangeWith409() throws Exception {
        register("wire-value", V1);
        assertError(call("POST", "/subjects/wire-value/versions", body(V2_WITHOUT_DEFAULT)), 409, 409);
    }

    @Test
    void shouldAcceptBackwardCompatibleChangeAsNewVersion() throws Exception {
        int v1 = register("wire-value", V1).get("id").asInt();
        int v2 = register("wire-value", V2_WITH_DEFAULT).get("id").asInt();
        assertNotEquals(v1, v2);
        JsonNode latest = json(call("GET", "/subjects/wire-value/versions/latest", null));
        assertEquals(2, latest.get("version").asInt());
        assertEquals(v2, latest.get("id").asInt());
        assertEquals("wire-value", latest.get("subject").asText());
    }

    @Test
    void shouldLookUpRegisteredSchemaUnderSubject() throws Exception {
        int id = register("wire-value", V1).get("id").asInt();
        JsonNode found = json(call("POST", "/subjects/wire-value", body(V1)));
        assertEquals(id, found.get("id").asInt());
        assertEquals(1, found.get("version").asInt());
    }

    @Test
    void shouldReturn40403WhenLookingUpUnregisteredSchema() throws Exception {
        register("wire-value", V1);
        assertError(call("POST", "/subjects/wire-value", body(V2_WITH_DEFAULT)), 404, 40403);
    }

    @Test
    void shouldTestCompatibilityWithoutRegistering() throws Exception {
        register("wire-value", V1);
        assertTrue(json(call("POST", "/compatibility/subjects/wire-value/versions/latest", body(V2_WITH_DEFAULT))).get("is_compatible").asBoolean());
        assertEquals(false, json(call("POST", "/compatibility/subjects/wire-value/versions/1", body(V2_WITHOUT_DEFAULT))).get("is_compatible").asBoolean());
        assertEquals("[1]", call("GET", "/subjects/wire-value/versions", null).body());
    }

    @Test
    void shouldDefaultGlobalCompatibilityToBackward() throws Exception {
        assertEquals("BACKWARD", json(call("GET", "/config", null)).get("compatibilityLevel").asText());
    }

    @Test
    void shouldAllowIncompatibleChangeWhenSubjectLevelIsNone() throws Exception {
        register("wire-value", V1);
        assertEquals("NONE", json(call("PUT", "/config/wire-value", "{\"compatibility\":\"NONE\"}")).get("compatibility").asText());
        assertEquals(200, call("POST", "/subjects/wire-value/versions", body(V2_WITHOUT_DEFAULT)).statusCode());
        assertEquals("NONE", json(call("GET", "/config/wire-value", null)).get("compatibilityLevel").asText());
    }

    @Test
    void shouldReturn40408ForSubjectWithoutOwnCompatibility() throws Exception {
        assertError(call("GET", "/config/wire-value", null), 404, 40408);
    }

    @Test
    void shouldRejectUnknownCompatibilityLevel() throws Exception {
        assertError(call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
    }

    @Test
    void shouldRebuildSameIdsFromItsLog() {
        RecordingLog log = new RecordingLog();
        SchemaStore original = new SchemaStore(log);
        int id = original.register("wire-value", SchemaStore.parse(V1));
        original.setCompatibility("wire-value", CompatibilityLevel.FULL);
        SchemaStore replayed = new SchemaStore(log);
        assertEquals(id, replayed.lookup("wire-value", SchemaStore.parse(V1)).id());
        assertEquals(CompatibilityLevel.FULL, replayed.subjectCompatibility("wire-value").orElseThrow());
    }

    @Test
    void shouldAnswer422ForAnUndefinedType() throws Exception {
        assertRefusedAsInvalid("u-value", "{\"type\":\"record\",\"name\":\"W\",\"fields\":[{\"name\":\"x\",\"type\":\"NoSuchType\"}]}");
    }

    @Test
    void shouldAnswer422ForADefaultOfTheWrongType() throws Exception {
        assertRefusedAsInvalid("d-value",
                "{\"type\":\"record\",\"name\":\"W\",\"fields\":[{\"name\":\"x\",\"type\":\"int\",\"default\":\"seven\"}]}");
    }

    private void assertRefusedAsInvalid(String subject, String schema) throws Exception {
        HttpResponse<String> response = call("POST", "/subjects/" + subject + "/versions", body(schema));
        assertEquals(422, response.statusCode(), response.body());
        assertEquals(42201, json(response).get("error_code").asInt());
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413() throws Exception {
        String huge = "{\"schema\":\"" + "x".repeat(SchemaRegistryServer.DEFAULT_MAX_BODY_BYTES) + "\"}";
        assertEquals(413, call("POST", "/subjects/big-value/versions", huge).statusCode());
    }

    @Test
    void shouldReturnTheRawSchemaForVersionSchema() throws Exception {
        register("raw-value", V1);
        HttpResponse<String> response = call("GET", "/subjects/raw-value/versions/latest/schema", null);
        assertEquals("record", json(response).get("type").asText(), response.body());
    }

    @Test
    void shouldDeleteAVersionAndNeverReuseItsNumber() throws Exception {
        register("del-value", V1);
        register("del-value", V2_WITH_DEFAULT);
        assertEquals("1", call("DELETE", "/subjects/del-value/versions/1", null).body());
        assertEquals("[2]", call("GET", "/subjects/del-value/versions", null).body());
        register("del-value", "{\"type\":\"record\",\"name\":\"Wire\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
                + "{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}]}");
        assertEquals("[2,3]", call("GET", "/subjects/del-value/versions", null).body());
    }

    @Test
    void shouldDeleteASubjectListingItsVersions() throws Exception {
        int id = register("gone-value", V1).get("id").asInt();
        assertEquals("[1]", call("DELETE", "/subjects/gone-value", null).body());
        assertEquals("[]", call("GET", "/subjects", null).body());
        assertEquals(200, call("GET", "/schemas/ids/" + id, null).statusCode());
    }

    @Test
    void shouldListSchemaTypesModeAndTheVersionsOfAnId() throws Exception {
        int id = register("ids-value", V1).get("id").asInt();
        assertEquals("[\"AVRO\"]", call("GET", "/schemas/types", null).body());
        assertEquals("READWRITE", json(call("GET", "/mode", null)).get("mode").asText());
        JsonNode uses = json(call("GET", "/schemas/ids/" + id + "/versions", null));
        assertEquals("ids-value", uses.get(0).get("subject").asText());
        assertEquals(1, uses.get(0).get("version").asInt());
    }

    @Test
    void shouldExplainIncompatibilityWhenVerbose() throws Exception {
        register("v-value", V1);
        JsonNode answer = json(call("POST", "/compatibility/subjects/v-value/versions/latest?verbose=true", body(V2_WITHOUT_DEFAULT)));
        assertEquals(false, answer.get("is_compatible").asBoolean());
        assertTrue(answer.get("messages").size() > 0, answer.toString());
    }

    @Test
    void shouldRequireBasicAuthWhenConfigured() throws Exception {
        try (SchemaRegistryServer secured = SchemaRegistryServer.start("127.0.0.1", 0, new SchemaStore(SchemaLog.NONE),
                new SchemaRegistryServer.Access(java.util.Optional.of("alice:s3cret"), 1024))) {
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(secured.url() + "/subjects")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode());
            String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("alice:guess".getBytes());
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(secured.url() + "/subjects")).header("Authorization", wrong).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            String right = "Basic " + java.util.Base64.getEncoder().encodeToString("alice:s3cret".getBytes());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(secured.url() + "/subjects")).header("Authorization", right).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    private JsonNode register(String subject, String schema) throws Exception {
        HttpResponse<String> response = call("POST", "/subjects/" + subject + "/versions", body(schema));
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    @Test
    void shouldAnswerAnUnknownPathWithTheRegistryErrorBody() throws Exception {
        assertError(call("GET", "/nothing/here", null), 404, 404);
    }

    @Test
    void shouldAnswerAMethodThePathDoesNotTakeWith405() throws Exception {
        assertError(call("PATCH", "/subjects", null), 405, 405);
    }

    @Test
    void shouldAnswerMalformedJsonWith400() throws Exception {
        assertError(call("POST", "/subjects/ferries-value/versions", "{\"schema\": "), 400, 400);
    }

    @Test
    void shouldReadASubjectWhosePathSegmentIsPercentEncoded() throws Exception {
        call("POST", "/subjects/news%20ferries-value/versions", body("\"string\""));
        assertEquals("news ferries-value", json(call("GET", "/subjects/news%20ferries-value/versions/1", null)).get("subject").asText());
    }

    private static String body(String schema) throws IOException {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", SchemaRegistryServer.CONTENT_TYPE)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, int errorCode) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(errorCode, json(response).get("error_code").asInt(), response.body());
        assertTrue(json(response).get("message").asText().length() > 0);
    }

    private static final class RecordingLog implements SchemaLog {
        private final java.util.List<String[]> records = new java.util.ArrayList<>();

        @Override
        public void replay(java.util.function.BiConsumer<String, String> apply) {
            records.forEach(r -> apply.accept(r[0], r[1]));
        }

        @Override
        public void append(String key, String value) {
            records.add(new String[] {key, value});
        }

        @Override
        public void close() {
        }
    }
}
