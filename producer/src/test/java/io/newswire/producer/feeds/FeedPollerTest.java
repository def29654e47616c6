package io.newswire.producer.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.producer.MockKafka;
import io.newswire.topics.NewswireTopics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against an HTTP server on 127.0.0.1 serving feeds this test writes. */
class FeedPollerTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coastal Herald</title>
            <item><title>Harbour deal signed</title><link>https://coastal.example/harbour-deal</link>
              <guid isPermaLink="false">coastal-1001</guid><pubDate>Fri, 07 Jun 2024 08:30:00 GMT</pubDate>
              <dc:creator>Owen Pritchard</dc:creator><category>Business</category>
              <description>Dock workers signed a three-year pay deal on Friday, ending the spring dispute.</description></item>
            <item><title>Ferry fares frozen</title><link>https://coastal.example/ferry</link>
              <description>The council froze ferry fares for another year after a public consultation.</description></item>
            </channel></rss>
            """;

    private HttpServer server;
    private final List<Map<String, String>> requests = new ArrayList<>();
    private final AtomicReference<Responder> responder = new AtomicReference<>();
    private final Instant now = Instant.parse("2024-06-07T09:00:00Z");
    private final MockKafka kafka = new MockKafka();
    private final NewswireTopics topics = kafka.topics;
    private final MockProducer<String, RawArticle> articles = kafka.articles;
    private final MockProducer<String, DeadLetter> deadLetters = kafka.deadLetters;
    private final SourceStateStore states = SourceStateStore.inMemory();

    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", exchange -> {
            requests.add(Map.of("If-None-Match", String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")),
                    "User-Agent", String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"))));
            responder.get().respond(exchange);
            exchange.close();
        });
        server.createContext("/robots.txt", exchange -> {
            send(exchange, 200, null, "User-agent: *\nDisallow: /private\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/news/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=windows-1252");
            send(exchange, 200, null, "<html><head><title>Full story</title></head><body><article><p>The whole article text is here, not just the summary.</p></article></body></html>"
                    .getBytes(StandardCharsets.ISO_8859_1));
            exchange.close();
        });
        server.createContext("/private/", exchange -> {
            requests.add(Map.of("private", "fetched", "If-None-Match", "", "User-Agent", ""));
            send(exchange, 200, null, "<html><body><p>secret</p></body></html>".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private FeedSource source() {
        return new FeedSource("coastal", "http://127.0.0.1:" + server.getAddress().getPort() + "/feed", Duration.ofMinutes(5));
    }

    private FeedPoller poller(Instant at) {
        return poller(at, WebClient.Policy.publicWeb(1_000_000, Set.of("127.0.0.1")));
    }

    /** The loopback test server is allowed explicitly, as a user would for a local feed. */
    private FeedPoller poller(Instant at, WebClient.Policy policy) {
        return new FeedPoller(states, kafka.publisher(articles, Clock.fixed(at, ZoneOffset.UTC)),
                Clock.fixed(at, ZoneOffset.UTC), new WebClient(policy));
    }

    private static void send(HttpExchange exchange, int status, String etag, byte[] body) throws IOException {
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void serveFeedWithEtag() {
        responder.set(exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                send(exchange, 304, null, new byte[0]);
            } else {
                send(exchange, 200, "\"v1\"", RSS.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void shouldPublishEntriesThenNothingWhenServerAnswers304() {
        serveFeedWithEtag();
        assertEquals(2, poller(now).poll(source()).published());
        FeedPoller.Result second = poller(now.plus(Duration.ofMinutes(6))).poll(source());
        assertEquals(FeedPoller.Outcome.NOT_MODIFIED, second.outcome());
        assertEquals(2, articles.history().size());
        assertEquals("\"v1\"", requests.get(1).get("If-None-Match"));
        assertTrue(requests.get(0).get("User-Agent").startsWith("Newswire/"));
    }

    @Test
    void shouldUseGuidAsIdAndCarryTheEntryAsTypedFields() {
        serveFeedWithEtag();
        poller(now).poll(source());
        RawArticle first = articles.history().get(0).value();
        assertEquals("guid:coastal-1001", first.getId());
        assertEquals("https://coastal.example/ferry", articles.history().get(1).value().getId());
        // The entry's content as it came (plain text here), not an HTML page made up from the entry's fields.
        assertEquals("text/plain", first.getContentType());
        assertEquals(List.of("Owen Pritchard"), first.getFeedEntry().getAuthors());
        assertEquals(source().url(), first.getFeedEntry().getFeed());
        assertFalse(StandardCharsets.UTF_8.decode(first.getBody()).toString().contains("<meta"));
    }

    @Test
    void shouldWaitForRetryAfterOn503() {
        responder.set(exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            send(exchange, 503, null, new byte[0]);
        });
        FeedPoller.Result throttled = poller(now).poll(source());
        assertEquals(FeedPoller.Outcome.THROTTLED, throttled.outcome());
        assertEquals(now.plusSeconds(120).toEpochMilli(), throttled.nextPollAt());
        assertEquals(FeedPoller.Outcome.NOT_DUE, poller(now.plusSeconds(60)).poll(source()).outcome());
        assertEquals(1, requests.size());
    }

    @Test
    void shouldCutOffOversizedBodyAsDeadLetter() {
        byte[] huge = new byte[20 * 1024 * 1024];
        responder.set(exchange -> send(exchange, 200, null, huge));
        assertEquals(FeedPoller.Outcome.FAILED, poller(now).poll(source()).outcome());
        assertTrue(deadLetters.history().get(0).value().getReason().contains("limit"), deadLetters.history().get(0).value().getReason());
    }

    @Test
    void shouldDeadLetterMalformedFeedAndKeepPolling() {
        responder.set(exchange -> send(exchange, 200, null, "<rss><channel><item>".getBytes(StandardCharsets.UTF_8)));
        FeedPoller.Result failed = poller(now).poll(source());
        assertEquals(FeedPoller.Outcome.FAILED, failed.outcome());
        assertTrue(deadLetters.history().get(0).value().getReason().startsWith("not a well-formed XML feed"));
        serveFeedWithEtag();
        assertEquals(2, poller(Instant.ofEpochMilli(failed.nextPollAt())).poll(source()).published());
    }

    @Test
    void shouldNotRepublishSeenEntriesAfterRestart() {
        responder.set(exchange -> send(exchange, 200, null, RSS.getBytes(StandardCharsets.UTF_8)));
        poller(now).poll(source());
        // A new poller is a restart; the state store is what survives it.
        assertEquals(0, poller(now.plus(Duration.ofMinutes(10))).poll(source()).published());
        assertEquals(2, articles.history().size());
    }

    @Test
    void shouldFetchFullPageForSummaryOnlyEntryWhereRobotsAllow() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<rss version=\"2.0\"><channel>"
                + "<item><title>Open</title><link>" + base + "/news/open</link><description>Summary only.</description></item>"
                + "<item><title>Closed</title><link>" + base + "/private/closed</link><description>Summary only.</description></item>"
                + "</channel></rss>";
        responder.set(exchange -> send(exchange, 200, null, feed.getBytes(StandardCharsets.UTF_8)));
        FeedSource source = new FeedSource("coastal", base + "/feed", Duration.ofMinutes(5), true);
        assertEquals(2, poller(now).poll(source).published());
        RawArticle open = articles.history().get(0).value();
        assertEquals("windows-1252", open.getCharset());
        assertTrue(StandardCharsets.ISO_8859_1.decode(open.getBody()).toString().contains("whole article text"));
        RawArticle closed = articles.history().get(1).value();
        assertTrue(StandardCharsets.UTF_8.decode(closed.getBody()).toString().contains("Summary only."));
        assertTrue(requests.stream().noneMatch(r -> r.containsKey("private")));
    }

    @Test
    void shouldRefuseAFeedThatRedirectsToAnInternalAddress() {
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/feed");
            send(exchange, 302, null, new byte[0]);
            exchange.close();
        });
        serveFeedWithEtag();
        // The feed host itself is allowed (it is our test server under another name); the internal redirect target is not.
        FeedSource source = new FeedSource("coastal", "http://localhost:" + server.getAddress().getPort() + "/moved", Duration.ofMinutes(5));
        FeedPoller.Result result = poller(now, WebClient.Policy.publicWeb(1_000_000, Set.of("localhost"))).poll(source);
        assertEquals(FeedPoller.Outcome.FAILED, result.outcome());
        assertTrue(deadLetters.history().get(0).value().getReason().contains("internal address"),
                deadLetters.history().get(0).value().getReason());
        assertTrue(articles.history().isEmpty());
    }

    @Test
    void shouldNotFetchAnInternalLinkFromAPublicEntry() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<rss version=\"2.0\"><channel><title>Coastal Herald</title>"
                + "<item><title>Admin</title><link>http://10.0.0.1/admin?delete=1</link><description>Summary only.</description></item>"
                + "</channel></rss>";
        responder.set(exchange -> send(exchange, 200, null, feed.getBytes(StandardCharsets.UTF_8)));
        FeedSource source = new FeedSource("coastal", base + "/feed", Duration.ofMinutes(5), true);
        assertEquals(1, poller(now).poll(source).published());
        assertTrue(StandardCharsets.UTF_8.decode(articles.history().get(0).value().getBody()).toString().contains("Summary only."));
    }

    @Test
    void shouldCutOffADrippingServerAtTheDeadline() {
        responder.set(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // The client hung up, as it should.
            }
        });
        WebClient.Policy oneSecond = new WebClient.Policy(Duration.ofSeconds(1), 1_000_000, 5, Set.of("127.0.0.1"));
        Instant start = Instant.now();
        FeedPoller.Result result = poller(now, oneSecond).poll(source());
        assertEquals(FeedPoller.Outcome.FAILED, result.outcome());
        assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(8)) < 0, "not cut off at the deadline");
        assertTrue(deadLetters.history().get(0).value().getReason().contains("within 1 s"), deadLetters.history().get(0).value().getReason());
    }

    @Test
    void shouldKeepSeparateStateForTwoFeedsOnOneHost() {
        serveFeedWithEtag();
        server.createContext("/other", exchange -> {
            send(exchange, 200, "\"o1\"", RSS.replace("coastal-1001", "other-1").replace("/ferry", "/other-ferry").getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        FeedPoller poller = poller(now);
        assertEquals(2, poller.poll(new FeedSource("coastal", base + "/feed", Duration.ofMinutes(5))).published());
        assertEquals(2, poller.poll(new FeedSource("coastal", base + "/other", Duration.ofMinutes(5))).published());
    }

    @Test
    void shouldPublishNothingNewWhenALongFeedIsPolledAgain() {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Long</title>");
        for (int i = 0; i < 2500; i++) {
            feed.append("<item><guid isPermaLink=\"false\">long-").append(i).append("</guid><title>Item ").append(i)
                    .append("</title><description>").append("Text of a long item, told in full here. ".repeat(12)).append("</description></item>");
        }
        feed.append("</channel></rss>");
        responder.set(exchange -> send(exchange, 200, null, feed.toString().getBytes(StandardCharsets.UTF_8)));
        WebClient.Policy big = WebClient.Policy.publicWeb(50_000_000, Set.of("127.0.0.1"));
        assertEquals(2500, poller(now, big).poll(source(), true).published());
        assertEquals(0, poller(now, big).poll(source(), true).published());
    }

    @Test
    void shouldFallBackToTheEntryForAnFtpLinkAndGoOn() {
        String feed = "<rss version=\"2.0\"><channel><title>Coastal Herald</title>"
                + "<item><title>Archive</title><link>ftp://coastal.example/archive.txt</link><description>Summary only.</description></item>"
                + "<item><title>Next</title><link>https://coastal.example/next</link><description>"
                + "A full entry that tells the whole story in the feed itself. ".repeat(10) + "</description></item>"
                + "</channel></rss>";
        responder.set(exchange -> send(exchange, 200, null, feed.getBytes(StandardCharsets.UTF_8)));
        FeedSource source = new FeedSource("coastal", "http://127.0.0.1:" + server.getAddress().getPort() + "/feed", Duration.ofMinutes(5), true);
        assertEquals(2, poller(now).poll(source).published());
    }

    @Test
    void shouldGiveAnEntryWithNeitherGuidNorLinkAContentId() {
        String feed = "<rss version=\"2.0\"><channel><title>Coastal Herald</title>"
                + "<item><title>Untraceable</title><description>No guid, no link, still news.</description></item></channel></rss>";
        responder.set(exchange -> send(exchange, 200, null, feed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, poller(now).poll(source()).published());
        assertTrue(articles.history().get(0).key().startsWith("sha256:"), articles.history().get(0).key());
    }

    @Test
    void shouldNameTheSourceAfterTheFeedWhenNoNameIsGiven() {
        serveFeedWithEtag();
        poller(now).poll(FeedSource.of("http://127.0.0.1:" + server.getAddress().getPort() + "/feed"));
        assertEquals("Coastal Herald", articles.history().get(0).value().getSource());
    }

    @Test
    void shouldFetchNowWithAConditionalGetWhenAskedToEvenIfNotDue() {
        serveFeedWithEtag();
        FeedPoller poller = poller(now);
        poller.poll(source());
        FeedPoller.Result again = poller.poll(source(), true);
        assertEquals(FeedPoller.Outcome.NOT_MODIFIED, again.outcome());
        assertEquals("\"v1\"", requests.get(requests.size() - 1).get("If-None-Match"));
    }

    @Test
    void shouldFollowFiveRedirects() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        for (int i = 1; i <= 5; i++) {
            String next = i == 5 ? base + "/feed" : base + "/hop" + (i + 1);
            server.createContext("/hop" + i, exchange -> {
                exchange.getResponseHeaders().set("Location", next);
                send(exchange, 301, null, new byte[0]);
                exchange.close();
            });
        }
        serveFeedWithEtag();
        assertEquals(2, poller(now).poll(new FeedSource("coastal", base + "/hop1", Duration.ofMinutes(5))).published());
    }

    @Test
    void shouldParseAtom() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>River Post</title>
                <entry><id>tag:river.example,2024:7</id><title>Bridge reopens</title>
                <link rel="alternate" href="https://river.example/bridge"/><published>2024-06-01T10:00:00Z</published>
                <author><name>Ines Moreau</name></author><category term="Local"/>
                <content type="html">&lt;p&gt;The bridge reopened on Saturday.&lt;/p&gt;</content></entry></feed>
                """;
        List<FeedEntry> entries = new FeedParser().parse(atom.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, entries.size());
        assertEquals("https://river.example/bridge", entries.get(0).link());
        assertEquals(List.of("Ines Moreau"), entries.get(0).authors());
        assertTrue(entries.get(0).fullContent());
    }
}
