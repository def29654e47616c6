package io.newswire.registry;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An https registry with a certificate the JVM does not trust: reachable only with Confluent's schema.registry.ssl.* settings. */
class RegistryTlsTest {


    @TempDir
    Path dir;

    private HttpsServer server;
    private Path trustStore;
    private String password;

    @BeforeEach
    void start() throws Exception {
        TestCertificates certificates = TestCertificates.create(dir, "registry");
        trustStore = certificates.trustStore();
        password = certificates.password();
        Path keyStore = certificates.keyStore();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, password.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            byte[] body = "{\"compatibilityLevel\":\"BACKWARD\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldReachAnHttpsRegistryWithTheConfiguredTrustStore() {
        new RestSchemaRegistryClient(RegistryClientConfig.from(url(), Map.of(
                "schema.registry.ssl.truststore.location", trustStore.toString(),
                "schema.registry.ssl.truststore.password", password,
                "schema.registry.ssl.truststore.type", "PKCS12"))).ping();
    }

    @Test
    void shouldRefuseAnUntrustedCertificateWithoutTheTrustStore() {
        assertThrows(SchemaRegistryException.class, () -> new RestSchemaRegistryClient(RegistryClientConfig.from(url(), Map.of())).ping());
    }

    private String url() {
        return "https://localhost:" + server.getAddress().getPort();
    }
}
