package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.app.HttpJson.Answer;
import io.newswire.streams.rules.NewsTopics;
import io.newswire.streams.rules.RuleSyntaxException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API's contract against a real local stack with the samples ingested: status codes, JSON shapes, errors. */
class NewsroomApiIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    /** The samples, plus one undated flood report that happens now: the trend windows keep only the last hour or so of event time. */
    private static final int ARTICLES = 12;

    @TempDir
    static Path dataDir;

    private static TestStack stack;
    private static HttpJson api;
    private static JsonNode stories;

    @BeforeAll
    static void startAndIngest() throws IOException {
        stack = TestStack.start(dataDir);
        assertTrue(stack.ingest(List.of(Path.of("..", "samples"))).success());
        Path now = dataDir.resolve("now");
        Files.createDirectories(now);
        Files.writeString(now.resolve("lindenholm-flood.txt"), "Floods force hundreds from their homes in Lindenholm\n\n"
                + "Flood waters from the swollen Aller river forced hundreds of residents of Lindenholm from their homes on Monday. "
                + "Emergency crews evacuated the old town and rescue teams searched for two people reported missing after the storm.\n");
        assertTrue(stack.ingest(List.of(now)).success());
        api = new HttpJson(stack.stack.dashboardUrl());
        stories = api.await("/api/stories?limit=500", list -> articleCount(list) == ARTICLES, WAIT);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static int articleCount(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).mapToInt(s -> s.get("articleCount").asInt()).sum();
    }

    private static String firstStoryId() {
        return stories.get(0).get("id").asText();
    }

    @Test
    void shouldListStoriesNewestChangeFirstWithTheirSummary() {
        JsonNode first = stories.get(0);
        for (String field : List.of("id", "title", "status", "topics", "sources", "articleCount", "velocity", "updatedAt", "articleTimes", "entities")) {
            assertTrue(first.has(field), "missing " + field + " in " + first);
        }
        for (int i = 1; i < stories.size(); i++) {
            Instant newer = Instant.parse(stories.get(i - 1).get("updatedAt").asText());
            assertFalse(newer.isBefore(Instant.parse(stories.get(i).get("updatedAt").asText())), stories.toString());
        }
    }

    @Test
    void shouldFilterStoriesByTopicAndLimit() {
        JsonNode disaster = api.get("/api/stories?topic=disaster").json();
        assertFalse(disaster.isEmpty());
        disaster.forEach(s -> assertTrue(s.get("topics").toString().contains("\"disaster\""), s.toString()));
        assertEquals(1, api.get("/api/stories?limit=1").json().size());
    }

    @Test
    void shouldRejectABadLimitWithAMessage() {
        Answer answer = api.get("/api/stories?limit=lots");
        assertEquals(400, answer.status());
        assertTrue(answer.json().get("error").asText().contains("limit"), answer.text());
    }

    @Test
    void shouldServeAStoryWithItsArticles() {
        // A story's articles reach the view one hop after the events that counted them.
        JsonNode detail = api.await("/api/stories/" + firstStoryId(),
                d -> d.get("articles").size() >= d.get("story").get("articleCount").asInt(), WAIT);
        assertEquals(firstStoryId(), detail.get("story").get("id").asText());
        assertEquals(detail.get("story").get("articleCount").asInt(), detail.get("articles").size());
        JsonNode article = detail.get("articles").get(0);
        for (String field : List.of("id", "title", "source", "time", "quotations")) {
            assertTrue(article.has(field), "missing " + field + " in " + article);
        }
    }

    @Test
    void shouldReportLiveAndReadyOnceTheProcessorsRun() {
        JsonNode ready = api.await("/health/ready", answer -> "UP".equals(answer.path("status").asText()), WAIT);
        assertEquals("RUNNING", ready.get("streams").asText());
        Answer live = api.get("/health/live");
        assertEquals(200, live.status());
        assertEquals("UP", live.json().get("status").asText());
    }

    @Test
    void shouldServeKafkaStreamsJvmAndNewswireMetricsInPrometheusFormat() {
        api.await("/health/ready", answer -> "UP".equals(answer.path("status").asText()), WAIT);
        Answer metrics = api.get("/metrics");
        assertEquals(200, metrics.status());
        for (String name : List.of("kafka_stream_thread_", "kafka_consumer_", "kafka_producer_", "jvm_memory_used_bytes",
                "newswire_enrichment_seconds_count{language=\"en\"}", "newswire_articles_parsed_total",
                "newswire_articles_clustered_total{language=\"en\"}", "newswire_story_events_total{type=\"CREATED\"}")) {
            assertTrue(metrics.text().contains(name), "/metrics lacks " + name);
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownStory() {
        Answer answer = api.get("/api/stories/story-does-not-exist");
        assertEquals(404, answer.status());
        assertEquals(404, answer.json().get("status").asInt());
        assertTrue(answer.json().get("error").asText().contains("story-does-not-exist"));
    }

    @Test
    void shouldListBuiltInTopicsWithCounts() {
        JsonNode topics = api.await("/api/topics", all -> all.toString().contains("\"disaster\""), WAIT);
        List<String> slugs = new ArrayList<>();
        topics.forEach(t -> slugs.add(t.get("slug").asText()));
        assertTrue(slugs.containsAll(NewsTopics.BUILT_IN), slugs.toString());
        JsonNode disaster = StreamSupport.stream(topics.spliterator(), false).filter(t -> t.get("slug").asText().equals("disaster"))
                .findFirst().orElseThrow();
        assertTrue(disaster.get("stories").asInt() >= 1, disaster.toString());
        api.await("/api/topics", all -> StreamSupport.stream(all.spliterator(), false).anyMatch(t -> t.get("slug").asText().equals("disaster")
                && t.get("articlesLastHour").asLong() >= 1), WAIT);
    }

    @Test
    void shouldServeAnEntityWithItsStories() {
        String entityId = stories.get(0).get("entities").get(0).get("id").asText();
        JsonNode entity = api.get("/api/entities/" + entityId).json();
        assertEquals(entityId, entity.get("id").asText());
        assertTrue(entity.get("stories").size() >= 1, entity.toString());
        assertEquals(404, api.get("/api/entities/nobody-at-all").status());
    }

    @Test
    void shouldServeTrendWindowsOfATopic() {
        JsonNode trend = api.await("/api/trends?topic=disaster", t -> !t.get("windows").isEmpty(), WAIT);
        assertEquals("topic:disaster", trend.get("key").asText());
        trend.get("windows").forEach(w -> assertTrue(w.get("count").asLong() >= 1, w.toString()));
        assertEquals(400, api.get("/api/trends").status());
    }

    @Test
    void shouldRejectABadRuleWithTheCliMessage() {
        Answer badSlug = api.post("/api/rules/Not%20A%20Slug", "{\"query\": \"entity:Italy\"}");
        assertEquals(400, badSlug.status());
        String expected = ruleSyntaxMessage(() -> NewsTopics.validSlug("Not A Slug"));
        assertEquals(expected, badSlug.json().get("error").asText());

        Answer badQuery = api.post("/api/rules/italy", "{\"query\": \"entity:Italy AND (\"}");
        assertEquals(400, badQuery.status());
        assertEquals(ruleSyntaxMessage(() -> io.newswire.streams.rules.RuleQuery.parse("entity:Italy AND (")),
                badQuery.json().get("error").asText());
        assertEquals(400, api.post("/api/rules/italy", "not json").status());
    }

    private static String ruleSyntaxMessage(Runnable check) {
        try {
            check.run();
        } catch (RuleSyntaxException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a RuleSyntaxException");
    }

    @Test
    void shouldAddListAndRemoveARule() {
        Answer added = api.post("/api/rules/italy-floods", "{\"query\": \"entity:Italy\"}");
        assertEquals(201, added.status(), added.text());
        assertEquals("italy-floods", added.json().get("slug").asText());
        api.await("/api/rules", rules -> rules.toString().contains("\"italy-floods\""), WAIT);
        api.await("/api/topics", topics -> topics.toString().contains("\"italy-floods\""), WAIT);

        assertEquals(204, api.delete("/api/rules/italy-floods").status());
        assertEquals(404, api.delete("/api/rules/never-added").status());
    }

    @Test
    void shouldStreamEventsResumingAfterLastEventId() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.stack.dashboardUrl() + "api/events"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "0:0,1:0,2:0").GET().build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line.substring(6));
                    assertTrue(event.has("type") && event.get("story").has("id"), line);
                    break;
                }
            }
            assertTrue(id != null && id.matches("\\d+:\\d+(,\\d+:\\d+)*"), "event id " + id);
        }
    }

    @Test
    void shouldRefuseEventsToAClientThatIsNotAnEventSource() {
        assertEquals(406, api.get("/api/events").status());
        Answer unknown = api.send(HttpRequest.newBuilder(URI.create(stack.stack.dashboardUrl() + "api/events?topic=no-such-topic"))
                .header("Accept", "text/event-stream").GET());
        assertEquals(404, unknown.status());
    }

    @Test
    void shouldDocumentEveryRouteInOpenApi() {
        Answer spec = api.get("/openapi.yaml");
        assertEquals(200, spec.status());
        for (String path : List.of("/api/stories:", "/api/stories/{id}:", "/api/topics:", "/api/entities/{id}:", "/api/trends:",
                "/api/events:", "/api/rules:", "/api/rules/{slug}:", "/metrics:", "/health/live:", "/health/ready:")) {
            assertTrue(spec.text().contains("  " + path), "openapi.yaml lacks " + path);
        }
    }

    @Test
    void shouldServeTheDashboard() {
        Answer page = api.get("/");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("/newsroom.js"));
        assertEquals(200, api.get("/newsroom.js").status());
    }
}
