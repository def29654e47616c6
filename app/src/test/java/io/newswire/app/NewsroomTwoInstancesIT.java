package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.app.api.NewsroomServer;
import io.newswire.app.local.PerTopicTopics;
import io.newswire.avro.StoryEvent;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.NewswireStreams;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stream-processor instances on one broker split the tasks between them; each answers for every story (the
 * view is a global store on both) and for every topic's counts (forwarding to the instance that counts trends).
 */
class NewsroomTwoInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int SAMPLE_ARTICLES = 11;

    @TempDir
    Path dataDir;

    @Test
    void shouldAnswerEveryStoryAndTopicFromEitherInstance() throws Exception {
        // Both instances start together, so the first assignment spreads the tasks over the two.
        try (TestStack stack = TestStack.start(TestStack.localSettings(dataDir), false);
             Instance first = Instance.start(stack, dataDir.resolve("first"));
             Instance second = Instance.start(stack, dataDir.resolve("second"))) {
            awaitRunningWithTasks(first.streams, second.streams);
            assertTrue(stack.ingest(List.of(Path.of("..", "samples"))).success());
            Map<String, StoryEvent> latest = new HashMap<>();
            stack.awaitArticleEvents(SAMPLE_ARTICLES, WAIT).forEach(r -> latest.put(r.key(), r.value()));
            Set<String> storyIds = new HashSet<>();
            latest.forEach((id, event) -> {
                if (event.getStory().getMergedInto() == null) {
                    storyIds.add(id);
                }
            });

            JsonNode all = first.http.await("/api/stories?limit=500", list -> ids(list).containsAll(storyIds), WAIT);
            assertEquals(ids(all), ids(second.http.await("/api/stories?limit=500", list -> ids(list).containsAll(storyIds), WAIT)));
            // Trends are counted by the one linking task, on one of the two: the other forwards for its counts.
            JsonNode topicsFromFirst = first.http.await("/api/topics", NewsroomTwoInstancesIT::counted, WAIT);
            assertEquals(topicsFromFirst, second.http.await("/api/topics", topics -> topics.equals(topicsFromFirst), WAIT));

            for (String id : storyIds) {
                // Complete on both (a story's articles reach the view one hop after its events), then compared.
                JsonNode fromFirst = first.http.await("/api/stories/" + id, NewsroomTwoInstancesIT::complete, WAIT);
                JsonNode fromSecond = second.http.await("/api/stories/" + id, NewsroomTwoInstancesIT::complete, WAIT);
                assertEquals(id, fromFirst.get("story").get("id").asText());
                assertEquals(fromFirst.get("articles").size(), fromSecond.get("articles").size(), id);
            }
        }
    }

    /** One stream-processor instance with its API, as `newswire streams` runs it. */
    private record Instance(KafkaStreams streams, NewsroomServer api, PerTopicTopics perTopic, HttpJson http) implements AutoCloseable {

        static Instance start(TestStack stack, Path stateDir) {
            Map<String, String> settings = new HashMap<>(stack.settings);
            settings.put("bootstrap.servers", stack.config().bootstrapServers());
            settings.put("schema.registry.url", stack.stack.registryUrl());
            settings.put("api.port", String.valueOf(TestStack.freePort()));
            NewswireConfig config = NewswireConfig.defaults(settings);
            PerTopicTopics perTopic = new PerTopicTopics(config.clientProperties(), stack.stack.topics());
            KafkaStreams streams = NewswireStreams.create(config, stateDir, perTopic);
            NewsroomServer api = NewsroomServer.start(config, stack.stack.topics(), () -> streams);
            streams.start();
            return new Instance(streams, api, perTopic, new HttpJson("http://localhost:" + api.port()));
        }

        @Override
        public void close() {
            api.close();
            NewswireStreams.closeQuietly(streams);
            perTopic.close();
        }
    }

    private static boolean complete(JsonNode detail) {
        return detail.get("articles").size() >= detail.get("story").get("articleCount").asInt();
    }

    private static boolean counted(JsonNode topics) {
        long articles = 0;
        for (JsonNode topic : topics) {
            articles += topic.get("articlesLastHour").asLong();
        }
        return articles > 0;
    }

    private static Set<String> ids(JsonNode stories) {
        Set<String> ids = new HashSet<>();
        stories.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private static void awaitRunningWithTasks(KafkaStreams first, KafkaStreams second) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!(running(first) && running(second))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("instances did not settle: " + first.state() + " / " + second.state());
            }
            Thread.sleep(200);
        }
    }

    private static boolean running(KafkaStreams streams) {
        return streams.state() == KafkaStreams.State.RUNNING && streams.metadataForLocalThreads().stream()
                .anyMatch(thread -> !thread.activeTasks().isEmpty());
    }
}
