package io.newswire.registry.server;

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

    private static RestSchemaRegistryClient client(String urls) {
        return new RestSchemaRegistryClient(RegistryClientConfig.from(urls, Map.of()));
    }
}
