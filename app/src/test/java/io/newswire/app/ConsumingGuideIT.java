package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.StoryEvent;
import io.newswire.examples.FollowStoriesExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/consuming.md, run against a real broker with articles ingested. */
class ConsumingGuideIT {

    private static final Path PYTHON_EXAMPLE = Path.of("..", "docs", "examples", "follow_topic.py");
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
    void shouldFollowStoryEventsWithThePythonExample() throws Exception {
        List<String> lines = python(stack.stack.topics().events().name(), "--from-beginning", "--max", String.valueOf(events.size()));
        assertEquals(events.size(), lines.size());
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertEquals(record.get("key").asText(), record.get("value").get("story").get("id").asText());
            assertTrue(record.get("value").get("event_id").asText().startsWith(record.get("key").asText() + ":"), line);
        }
    }

    @Test
    void shouldReplayFromAnOffsetWithThePythonExample() throws Exception {
        ConsumerRecord<String, StoryEvent> first = events.get(0);
        List<String> lines = python(stack.stack.topics().events().name(), "--offset", String.valueOf(first.offset()),
                "--partition", String.valueOf(first.partition()), "--max", "1");
        JsonNode record = JSON.readTree(lines.get(0));
        assertEquals(first.offset(), record.get("offset").asLong());
        assertEquals(first.value().getEventId(), record.get("value").get("event_id").asText());
    }

    @Test
    void shouldFollowStoryEventsWithTheJavaExample() {
        List<String> lines = new ArrayList<>();
        int read = FollowStoriesExample.follow(stack.config().bootstrapServers(), stack.stack.registryUrl(),
                stack.stack.topics().events().name(), events.size(), Duration.ofSeconds(60), lines::add);
        assertEquals(events.size(), read);
        for (ConsumerRecord<String, StoryEvent> event : events) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(event.value().getEventId() + " " + event.value().getType())), lines.toString());
        }
    }

    private static List<String> python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", PYTHON_EXAMPLE.toString(),
                "--bootstrap-servers", stack.config().bootstrapServers(), "--schema-registry-url", stack.stack.registryUrl(),
                "--idle-seconds", "60"));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(dataDir, "python", ".err");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "python example timed out");
        assertEquals(0, process.exitValue(), "python example failed: " + Files.readString(stderr));
        return new String(stdout, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
