package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsroom view has no changelog: an instance that lost its state directory rebuilds it from news.events,
 * running the view's processor over what it reads, before it serves.
 */
class NewsroomRebuildIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @TempDir
    Path inputs;

    @Test
    void shouldServeTheSameStoryPageAfterItsStateDirectoryIsLost() throws IOException {
        Map<String, String> settings = TestStack.localSettings(dataDir);
        Path article = inputs.resolve("ferry.txt");
        Files.writeString(article, "Ferry crews end strike\n\nFerry crews ended their strike in Harwick on Friday after a pay offer, "
                + "the union said. \"We have an agreement our members can accept,\" said union leader Dana Morrow.");
        JsonNode before;
        try (TestStack first = TestStack.start(settings)) {
            assertTrue(first.ingest(List.of(article)).success());
            HttpJson api = new HttpJson(first.stack.dashboardUrl());
            String id = api.await("/api/stories", list -> list.size() == 1, WAIT).get(0).get("id").asText();
            before = api.await("/api/stories/" + id, detail -> detail.get("articles").size() == 1, WAIT);
        }
        deleteRecursively(dataDir.resolve("streams"));
        try (TestStack second = TestStack.start(settings)) {
            HttpJson api = new HttpJson(second.stack.dashboardUrl());
            JsonNode after = api.await("/api/stories/" + before.get("story").get("id").asText(), detail -> true, WAIT);

            assertEquals(before.get("articles"), after.get("articles"));
            assertEquals(before.get("story").get("title"), after.get("story").get("title"));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
