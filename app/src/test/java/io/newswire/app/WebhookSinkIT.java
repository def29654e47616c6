package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.newswire.app.sink.WebhookDelivery;
import io.newswire.app.sink.WebhookSink;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.StoryEvent;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook sink on a real broker against a local receiver that fails at first, recovers, and refuses
 * one event for good: every other event arrives signed, the refused one becomes a dead letter.
 */
class WebhookSinkIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private static TestStack stack;
    private static List<ConsumerRecord<String, StoryEvent>> events;

    @BeforeAll
    static void startAndIngest() throws Exception {
        stack = TestStack.startWithFixtureArticles(dataDir);
        events = stack.readUntil(stack.stack.topics().events(), r -> r.size() >= 2, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldDeliverEveryEventSignedAndDeadLetterTheOneTheReceiverRefuses() throws Exception {
        String refused = events.get(1).value().getEventId();
        Set<String> received = ConcurrentHashMap.newKeySet();
        Set<String> expected = ConcurrentHashMap.newKeySet();
        events.forEach(e -> expected.add(e.value().getEventId()));
        expected.remove(refused);
        CountDownLatch allExpected = new CountDownLatch(expected.size());
        AtomicInteger failuresLeft = new AtomicInteger(3);
        AtomicInteger badSignatures = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("X-Newswire-Event-Id");
            if (!WebhookDelivery.signature("s3cret", body).equals(exchange.getRequestHeaders().getFirst("X-Newswire-Signature"))) {
                badSignatures.incrementAndGet();
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : id.equals(refused) ? 410 : 200;
            if (status == 200) {
                JsonNode event = JSON.readTree(new String(body, StandardCharsets.UTF_8));
                String eventId = event.get("event_id").asText();
                if (received.add(eventId) && expected.contains(eventId)) {
                    allExpected.countDown();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        WebhookDelivery delivery = new WebhookDelivery(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), "s3cret",
                6, Duration.ofMillis(50), Duration.ofMillis(200));
        try (WebhookSink sink = new WebhookSink(stack.config().clientProperties(), "webhook-it", true, stack.stack.topics().deadLetters(),
                delivery, Clock.systemUTC())) {
            Thread running = new Thread(() -> {
                try {
                    sink.run(stack.stack.topics().events().name());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "webhook-sink");
            running.start();
            List<ConsumerRecord<String, DeadLetter>> letters = stack.readUntil(stack.stack.topics().deadLetters(),
                    r -> r.stream().anyMatch(l -> "webhook".equals(l.value().getStage())), Duration.ofSeconds(60));
            DeadLetter letter = letters.stream().map(ConsumerRecord::value).filter(l -> "webhook".equals(l.getStage())).findFirst().orElseThrow();
            assertTrue(letter.getReason().contains("HTTP 410"), letter.getReason());
            assertEquals(events.get(1).offset(), letter.getOffset());
            assertTrue(allExpected.await(60, TimeUnit.SECONDS), "delivered " + received + " of " + expected);
            sink.wakeup();
            running.join(10_000);
        } finally {
            receiver.stop(0);
        }
        for (ConsumerRecord<String, StoryEvent> event : events) {
            String id = event.value().getEventId();
            assertEquals(!id.equals(refused), received.contains(id), id);
        }
        assertEquals(0, badSignatures.get());
    }
}
