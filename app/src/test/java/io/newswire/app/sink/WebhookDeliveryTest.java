package io.newswire.app.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a local HTTP server whose answers each test sets: failing, recovering, refusing. */
class WebhookDeliveryTest {

    private HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failWith = 500;
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Newswire-Signature")));
            int status = failuresLeft.getAndDecrement() > 0 ? failWith : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WebhookDelivery delivery(String secret, int attempts) {
        return new WebhookDelivery(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), secret, attempts,
                Duration.ofMillis(5), Duration.ofMillis(20));
    }

    @Test
    void shouldRetryUntilAFailingReceiverRecovers() throws Exception {
        failuresLeft.set(2);
        WebhookDelivery.Outcome outcome = delivery(null, 5).deliver("story-1:1", "{\"type\":\"CREATED\"}");
        assertTrue(outcome.delivered());
        assertEquals(3, outcome.attempts());
        assertEquals(3, bodies.size());
    }

    @Test
    void shouldGiveUpWithTheReasonWhenTheRetriesRunOut() throws Exception {
        failuresLeft.set(100);
        WebhookDelivery.Outcome outcome = delivery(null, 3).deliver("story-1:1", "{}");
        assertFalse(outcome.delivered());
        assertEquals(3, outcome.attempts());
        assertTrue(outcome.reason().contains("HTTP 500") && outcome.reason().contains("after 3 attempts"), outcome.reason());
    }

    @Test
    void shouldNotRetryWhatTheReceiverRefuses() throws Exception {
        failuresLeft.set(100);
        failWith = 400;
        WebhookDelivery.Outcome outcome = delivery(null, 5).deliver("story-1:1", "{}");
        assertFalse(outcome.delivered());
        assertEquals(1, outcome.attempts());
    }

    @Test
    void shouldRetryWhenTheReceiverAsksToSlowDown() throws Exception {
        failuresLeft.set(1);
        failWith = 429;
        assertTrue(delivery(null, 3).deliver("story-1:1", "{}").delivered());
    }

    @Test
    void shouldSignTheBodyWithTheSecret() throws Exception {
        delivery("s3cret", 1).deliver("story-1:1", "{\"type\":\"CREATED\"}");
        assertEquals(WebhookDelivery.signature("s3cret", "{\"type\":\"CREATED\"}".getBytes(StandardCharsets.UTF_8)), signatures.get(0));
        // Computed independently: printf abc | openssl dgst -sha256 -hmac s3cret
        assertEquals("sha256=4f2f30aaf4a57bd60ab473c8e9c2cdfefc186723d4727ed6f31f04353c91389a",
                WebhookDelivery.signature("s3cret", "abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldSendNoSignatureWithoutASecret() throws Exception {
        delivery(null, 1).deliver("story-1:1", "{}");
        assertEquals("null", signatures.get(0));
    }
}
