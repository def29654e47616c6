package io.newswire.producer.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Five feeds on a local server, one for each verdict. */
class SourcesCheckTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private HttpServer server;
    private SourcesCheck check;

    private static String rss(String published) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Times</title><item><title>Ferry strike ends</title>"
                + "<link>https://harbour.example/1</link><pubDate>" + published + "</pubDate></item></channel></rss>";
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/fresh", 200, rss("Thu, 03 Dec 2026 09:30:00 GMT"));
        serve("/old", 200, rss("Mon, 02 Mar 2026 09:30:00 GMT"));
        serve("/broken", 500, "oops");
        serve("/page", 200, "<html><body><p>Not a feed at all</p></body></html>");
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/fresh");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
        check = new SourcesCheck(new WebClient(WebClient.Policy.publicWeb(1 << 20, Set.of("127.0.0.1"))), NOW, Duration.ofDays(7));
    }

    private void serve(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SourcesCheck.Result check(String path) {
        return check.check(new FeedSource("harbour", "http://127.0.0.1:" + server.getAddress().getPort() + path, Duration.ofMinutes(5)));
    }

    @Test
    void shouldPassAFeedWithARecentEntry() {
        SourcesCheck.Result result = check("/fresh");
        assertEquals(SourcesCheck.Verdict.OK, result.verdict());
        assertEquals("1 entries, newest 2 h ago", result.detail());
    }

    @Test
    void shouldCallAFeedStaleWhenItsNewestEntryIsOld() {
        assertEquals(SourcesCheck.Verdict.STALE, check("/old").verdict());
    }

    @Test
    void shouldSayWhereAMovedFeedIsNow() {
        SourcesCheck.Result result = check("/moved");
        assertEquals(SourcesCheck.Verdict.MOVED, result.verdict());
        assertTrue(result.detail().contains("/fresh"), result.detail());
    }

    @Test
    void shouldFailAFeedAnsweringWithAnError() {
        SourcesCheck.Result result = check("/broken");
        assertEquals(SourcesCheck.Verdict.FAILING, result.verdict());
        assertTrue(result.failed());
    }

    @Test
    void shouldFailAPageThatIsNoFeed() {
        assertEquals(SourcesCheck.Verdict.NOT_A_FEED, check("/page").verdict());
    }

    @Test
    void shouldKeepTheListsOrderWhenCheckingInParallel() throws InterruptedException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        List<SourcesCheck.Result> results = check.check(List.of(new FeedSource("a", base + "/broken", Duration.ofMinutes(5)),
                new FeedSource("b", base + "/fresh", Duration.ofMinutes(5))), 2, Duration.ZERO);
        assertEquals(List.of("a", "b"), results.stream().map(r -> r.source().name()).toList());
    }

    @Test
    void shouldReadRssAndAtomDates() {
        assertEquals(Instant.parse("2026-12-03T09:30:00Z"), SourcesCheck.date("Thu, 03 Dec 2026 09:30:00 GMT").orElseThrow());
        assertEquals(Instant.parse("2026-12-03T09:30:00Z"), SourcesCheck.date("2026-12-03T10:30:00+01:00").orElseThrow());
        assertTrue(SourcesCheck.date("yesterday").isEmpty());
    }
}
