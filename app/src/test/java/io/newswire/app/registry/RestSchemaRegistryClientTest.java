package io.newswire.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.avro.Article;
import io.newswire.registry.RegistryClientConfig;
import io.newswire.registry.RestSchemaRegistryClient;
import io.newswire.registry.SchemaRegistryException;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    private SchemaRegistryServer server;
    private RestSchemaRegistryClient client;

    @BeforeEach
    void start() {
        server = SchemaRegistryServer.start("127.0.0.1", 0, new SchemaStore(SchemaLog.NONE));
        client = client(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldRegisterAndFetchById() {
        int id = client.register("news.articles.enriched-value", Article.getClassSchema());
        assertEquals(Article.getClassSchema(), client.getById(id));
    }

    @Test
    void shouldLookUpIdOfRegisteredSchema() {
        int id = client.register("s-value", Article.getClassSchema());
        assertEquals(id, client(server.url()).lookupId("s-value", Article.getClassSchema()));
    }

    @Test
    void shouldSurfaceConfluentErrorCode() {
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> client.lookupId("missing-value", Article.getClassSchema()));
        assertEquals(40401, e.errorCode());
    }

    @Test
    void shouldSurface409ForIncompatibleSchema() {
        client.register("w-value", new Schema.Parser().parse(SchemaRegistryServerTest.V1));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> client.register("w-value", new Schema.Parser().parse(SchemaRegistryServerTest.V2_WITHOUT_DEFAULT)));
        assertEquals(409, e.status());
    }

    @Test
    void shouldFailOverToNextUrl() {
        RestSchemaRegistryClient failover = client("http://127.0.0.1:1," + server.url());
        assertEquals(1, failover.register("f-value", Article.getClassSchema()));
    }

    @Test
    void shouldSendBasicAuthFromUserInfo() {
        try (SchemaRegistryServer secured = securedServer()) {
            RestSchemaRegistryClient authed = new RestSchemaRegistryClient(RegistryClientConfig.from(secured.url(), Map.of(
                    RegistryClientConfig.BASIC_AUTH_SOURCE, "USER_INFO", RegistryClientConfig.BASIC_AUTH_USER_INFO, "alice:s3cret")));
            assertEquals(1, authed.register("a-value", Article.getClassSchema()));
        }
    }

    @Test
    void shouldSendBasicAuthFromTheUrl() {
        try (SchemaRegistryServer secured = securedServer()) {
            String url = secured.url().replace("http://", "http://alice:s3cret@");
            assertEquals(1, client(url).register("u-value", Article.getClassSchema()));
        }
    }

    @Test
    void shouldReportRefusedCredentialsAs401() {
        try (SchemaRegistryServer secured = securedServer()) {
            SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client(secured.url()).ping());
            assertEquals(401, e.status());
        }
    }

    @Test
    void shouldSendAStaticBearerToken() throws Exception {
        com.sun.net.httpserver.HttpServer bearer = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        bearer.createContext("/", exchange -> {
            seen.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"compatibilityLevel\":\"BACKWARD\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        bearer.start();
        try {
            new RestSchemaRegistryClient(RegistryClientConfig.from("http://127.0.0.1:" + bearer.getAddress().getPort(), Map.of(
                    RegistryClientConfig.BEARER_AUTH_SOURCE, "STATIC_TOKEN", RegistryClientConfig.BEARER_AUTH_TOKEN, "t0ken"))).ping();
            assertEquals("Bearer t0ken", seen.get());
        } finally {
            bearer.stop(0);
        }
    }

    private static SchemaRegistryServer securedServer() {
        return SchemaRegistryServer.start("127.0.0.1", 0, new SchemaStore(SchemaLog.NONE),
                new SchemaRegistryServer.Access(java.util.Optional.of("alice:s3cret"), SchemaRegistryServer.DEFAULT_MAX_BODY_BYTES));
    }

    private static RestSchemaRegistryClient client(String urls) {
        return new RestSchemaRegistryClient(RegistryClientConfig.from(urls, Map.of()));
    }
}
