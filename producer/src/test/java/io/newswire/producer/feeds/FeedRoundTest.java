package io.newswire.producer.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newswire.producer.MockKafka;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many feeds on two local hosts (127.0.0.1 and localhost share one server): politeness per host, parallelism across. */
class FeedRoundTest {

    private HttpServer server;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Integer> mostAtOnce = new ConcurrentHashMap<>();
    private final AtomicInteger hostsAtOnce = new AtomicInteger();
    private final AtomicInteger mostHostsAtOnce = new AtomicInteger();
    private final Map<String, List<Long>> requestTimes = new ConcurrentHashMap<>();
    private final MockKafka kafka = new MockKafka();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/feed", exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", "");
            int now = inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            mostAtOnce.merge(host, now, Math::max);
            if (now == 1) {
                mostHostsAtOnce.accumulateAndGet(hostsAtOnce.incrementAndGet(), Math::max);
            }
            requestTimes.computeIfAbsent(host, h -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(System.nanoTime());
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>Item "
                    + exchange.getRequestURI() + "</title><link>https://harbour.example" + exchange.getRequestURI().getPath()
                    + "</link><description>Short item text for the feed.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
            if (inFlight.get(host).decrementAndGet() == 0) {
                hostsAtOnce.decrementAndGet();
            }
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

    private FeedRound.Report round(int feedsPerHost, Duration delay) throws InterruptedException {
        int port = server.getAddress().getPort();
        List<FeedSource> feeds = new ArrayList<>();
        for (int i = 0; i < feedsPerHost; i++) {
            feeds.add(new FeedSource("a", "http://127.0.0.1:" + port + "/feed/a" + i, Duration.ofMinutes(5)));
            feeds.add(new FeedSource("b", "http://localhost:" + port + "/feed/b" + i, Duration.ofMinutes(5)));
        }
        WebClient web = new WebClient(WebClient.Policy.publicWeb(1 << 20, Set.of("127.0.0.1:" + port, "localhost:" + port)));
        FeedPoller poller = new FeedPoller(SourceStateStore.inMemory(), kafka.publisher(kafka.articles, Clock.systemUTC()), Clock.systemUTC(), web);
        return new FeedRound(poller, 4, delay).poll(feeds, true);
    }

    @Test
    void shouldNeverFetchTwoFeedsOfOneHostAtOnce() throws InterruptedException {
        FeedRound.Report report = round(6, Duration.ZERO);
        assertEquals(12, report.counts().get(FeedPoller.Outcome.PUBLISHED));
        assertEquals(1, mostAtOnce.get("127.0.0.1"));
        assertEquals(1, mostAtOnce.get("localhost"));
    }

    @Test
    void shouldFetchDifferentHostsInParallel() throws InterruptedException {
        round(6, Duration.ZERO);
        assertEquals(2, mostHostsAtOnce.get());
    }

    @Test
    void shouldKeepThePauseBetweenTwoRequestsToOneHost() throws InterruptedException {
        round(3, Duration.ofMillis(100));
        List<Long> times = requestTimes.get("127.0.0.1");
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) - times.get(i - 1) >= Duration.ofMillis(100).toNanos(), "requests " + (i - 1) + " and " + i + " too close");
        }
    }

    @Test
    void shouldSummariseTheRound() throws InterruptedException {
        assertEquals("4 feeds: 4 fresh (4 with new entries, 4 articles), 0 failing, 0 backing off, 0 not due", round(2, Duration.ZERO).summary());
    }

    @Test
    void shouldRefuseAnotherPortOfAHostAllowedWithAPort() {
        int port = server.getAddress().getPort();
        WebClient web = new WebClient(WebClient.Policy.publicWeb(1 << 20, Set.of("127.0.0.1:" + port)));
        WebClient.FetchException refused = org.junit.jupiter.api.Assertions.assertThrows(WebClient.FetchException.class,
                () -> web.get(java.net.URI.create("http://127.0.0.1:" + (port == 65535 ? port - 1 : port + 1) + "/feed"), Map.of()));
        assertTrue(refused.getMessage().contains("internal address"), refused.getMessage());
    }
}
