package io.newswire.app.bench;

import com.sun.net.httpserver.HttpServer;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.config.NewswireConfig;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.producer.feeds.FeedPoller;
import io.newswire.producer.feeds.FeedRound;
import io.newswire.producer.feeds.FeedSource;
import io.newswire.producer.feeds.SourceStateStore;
import io.newswire.producer.feeds.WebClient;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A full poll round over many feeds on loopback: one local server answers for {@code hosts} host names
 * (127.0.0.1 to 127.0.0.N, all loopback on Linux), each feed with 20 entries and a simulated server time;
 * the round's wall time, and the politeness actually kept per host (most requests at once, shortest pause).
 * Articles go to an in-memory producer: this measures fetching and parsing, not Kafka.
 */
public final class FeedRoundBenchmark {

    /** What one round measured. */
    public record Result(int feeds, int hosts, double seconds, int published, int mostAtOncePerHost, double shortestGapMs, String summary) {
        public String report() {
            return String.format(Locale.ROOT, "%d feeds on %d hosts: one full round in %.1f s (%d articles); per host at most %d request(s) "
                    + "at once, shortest pause between two requests to one host %.0f ms%n%s%n", feeds, hosts, seconds, published,
                    mostAtOncePerHost, shortestGapMs, summary);
        }
    }

    public Result run(int feeds, int hosts, int parallel, Duration hostDelay, Duration serverTime) throws IOException, InterruptedException {
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> mostAtOnce = new ConcurrentHashMap<>();
        Map<String, Long> lastStart = new ConcurrentHashMap<>();
        long[] shortestGap = {Long.MAX_VALUE};
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(Math.max(4, parallel * 2)));
        server.createContext("/feed", exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", "");
            long now = System.nanoTime();
            Long previous = lastStart.put(host, now);
            if (previous != null) {
                synchronized (shortestGap) {
                    shortestGap[0] = Math.min(shortestGap[0], now - previous);
                }
            }
            mostAtOnce.merge(host, inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet(), Math::max);
            try {
                Thread.sleep(serverTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = feed(exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            inFlight.get(host).decrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            List<FeedSource> sources = new ArrayList<>();
            Set<String> allowed = new HashSet<>();
            for (int i = 0; i < feeds; i++) {
                String host = "127.0.0." + (1 + i % hosts);
                allowed.add(host + ":" + port);
                sources.add(new FeedSource("feed-" + i, "http://" + host + ":" + port + "/feed/" + i, Duration.ofMinutes(5), false));
            }
            NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of("schema.registry.url", "mock://bench-feeds")),
                    new InMemorySchemaRegistryClient());
            MockProducer<String, RawArticle> articles = new MockProducer<>(true, null, Serdes.String().serializer(), topics.raw().valueSerde().serializer());
            MockProducer<String, DeadLetter> letters = new MockProducer<>(true, null, Serdes.String().serializer(),
                    topics.deadLetters().valueSerde().serializer());
            RawArticlePublisher publisher = new RawArticlePublisher(articles, letters, topics, Clock.systemUTC(), 786_432);
            FeedPoller poller = new FeedPoller(SourceStateStore.inMemory(), publisher, Clock.systemUTC(),
                    new WebClient(WebClient.Policy.publicWeb(10L << 20, allowed)));
            long started = System.nanoTime();
            FeedRound.Report report = new FeedRound(poller, parallel, hostDelay).poll(sources, true);
            double seconds = (System.nanoTime() - started) / 1e9;
            int most = mostAtOnce.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            return new Result(feeds, hosts, seconds, report.published(), most, shortestGap[0] == Long.MAX_VALUE ? 0 : shortestGap[0] / 1e6,
                    report.summary());
        } finally {
            server.stop(0);
        }
    }

    private static String feed(String path) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench feed</title>");
        for (int e = 0; e < 20; e++) {
            rss.append("<item><title>Entry ").append(e).append(" of ").append(path).append("</title><link>https://bench.example")
                    .append(path).append('/').append(e).append("</link><guid>").append(path).append('/').append(e)
                    .append("</guid><pubDate>Thu, 03 Dec 2026 09:30:00 GMT</pubDate><description>")
                    .append("The harbour board met on Monday and approved the new ferry timetable for the winter season. ".repeat(6))
                    .append("</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }
}
