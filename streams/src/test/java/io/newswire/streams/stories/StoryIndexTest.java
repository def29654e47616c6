package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

    @Test
    void shouldRankCandidatesByKeysSharedThenById() {
        Map<String, int[]> hits = hits(Map.of("s-b", 2, "s-a", 2, "s-c", 5, "s-d", 1));

        assertEquals(List.of("s-c", "s-a", "s-b", "s-d"), StoryIndex.mostShared(hits, 20, 40));
    }

    @Test
    void shouldCutTheLastBucketReachedAtTheSmallestIds() {
        Map<String, int[]> hits = hits(Map.of("s-9", 3, "s-5", 1, "s-2", 1, "s-7", 1, "s-1", 1));

        assertEquals(List.of("s-9", "s-1", "s-2"), StoryIndex.mostShared(hits, 20, 3));
    }

    @Test
    void shouldMatchAFullSortOnRandomHits() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < random.nextInt(400); i++) {
                counts.put("story-" + random.nextInt(1000), 1 + random.nextInt(20));
            }
            List<String> sorted = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(40).map(Map.Entry::getKey).toList();

            assertEquals(sorted, StoryIndex.mostShared(hits(counts), 20, 40));
        }
    }

    private static Map<String, int[]> hits(Map<String, Integer> counts) {
        Map<String, int[]> hits = new HashMap<>();
        counts.forEach((id, count) -> hits.put(id, new int[] {count}));
        return hits;
    }
}
