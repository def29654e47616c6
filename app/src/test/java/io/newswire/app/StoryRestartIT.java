package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.StoryEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once across a restart: the samples go through once without a restart and once with the
 * stream processors restarted half-way; a read_committed consumer must see every event once and the
 * same story for every article. One partition per topic, so that arrival order, and hence clustering,
 * is the same in both runs: what differs is only the restart.
 */
class StoryRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    static Path baselineDir;

    @TempDir
    static Path restartDir;

    private static List<Path> samples;
    private static Map<String, String> baseline;
    private static List<ConsumerRecord<String, StoryEvent>> restarted;

    @BeforeAll
    static void runTwice() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> first = samples.subList(0, samples.size() / 2);
        List<Path> second = samples.subList(samples.size() / 2, samples.size());
        try (TestStack stack = start(baselineDir)) {
            ingest(stack, first);
            ingest(stack, second);
            baseline = assignments(awaitAllArticles(stack, samples.size()));
        }
        try (TestStack stack = start(restartDir)) {
            ingest(stack, first);
            awaitAllArticles(stack, first.size());
            stack.stack.restartStreams();
            ingest(stack, second);
            restarted = awaitAllArticles(stack, samples.size());
        }
    }

    private static TestStack start(Path dir) {
        Map<String, String> settings = new HashMap<>(TestStack.localSettings(dir));
        settings.put("topic.partitions", "1");
        return TestStack.start(settings);
    }

    private static void ingest(TestStack stack, List<Path> files) {
        assertTrue(stack.ingest(files).success());
    }

    private static List<ConsumerRecord<String, StoryEvent>> awaitAllArticles(TestStack stack, int articles) {
        return stack.awaitArticleEvents(articles, WAIT);
    }

    private static Map<String, String> assignments(List<ConsumerRecord<String, StoryEvent>> events) {
        Map<String, String> storyOf = new HashMap<>();
        for (ConsumerRecord<String, StoryEvent> record : events) {
            if (record.value().getArticleId() != null) {
                storyOf.put(record.value().getArticleId(), record.value().getStory().getId());
            }
        }
        return storyOf;
    }

    @Test
    void shouldSeeEveryEventExactlyOnceAcrossTheRestart() {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, StoryEvent> record : restarted) {
            assertTrue(ids.add(record.value().getEventId()), "duplicate event " + record.value().getEventId());
        }
    }

    @Test
    void shouldHaveNoGapInAnyStorysSequence() {
        Map<String, Set<Integer>> sequences = new HashMap<>();
        for (ConsumerRecord<String, StoryEvent> record : restarted) {
            sequences.computeIfAbsent(record.value().getStory().getId() + "@" + record.key(), k -> new HashSet<>())
                    .add(record.value().getSequence());
        }
        sequences.forEach((story, seen) -> {
            for (int i = 1; i <= seen.stream().mapToInt(Integer::intValue).max().orElse(0); i++) {
                assertTrue(seen.contains(i), story + " misses event " + i + " of " + seen);
            }
        });
    }

    @Test
    void shouldAssignEveryArticleToTheSameStoryAsWithoutRestart() {
        assertEquals(baseline, assignments(restarted));
        assertEquals(samples.size(), baseline.size());
    }
}
