package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

    private static final String A = "story-0000000000000001";
    private static final String B = "story-0000000000000002";
    private static final String C = "story-00000000000000ff";
    private static final String D = "story-f000000000000000";

    @Test
    void shouldRankCandidatesByKeysSharedThenById() {
        Map<Long, int[]> hits = hits(Map.of(B, 2, A, 2, C, 5, D, 1));

        assertEquals(List.of(C, A, B, D), ids(StoryIndex.mostShared(hits, 20, 40)));
    }

    @Test
    void shouldCutTheLastBucketReachedAtTheSmallestIds() {
        Map<Long, int[]> hits = hits(Map.of(D, 3, C, 1, B, 1, A, 1, "story-8000000000000000", 1));

        assertEquals(List.of(D, A, B), ids(StoryIndex.mostShared(hits, 20, 3)));
    }

    /** Real story ids (half of them with the high bit set): the packed order must be the ids' string order. */
    @Test
    void shouldMatchAFullSortOfTheIdsOnRandomHits() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < random.nextInt(400); i++) {
                counts.put(StoryIds.forFirstArticle("article-" + random.nextInt(1000)), 1 + random.nextInt(20));
            }
            List<String> sorted = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(40).map(Map.Entry::getKey).toList();

            assertEquals(sorted, ids(StoryIndex.mostShared(hits(counts), 20, 40)));
        }
    }

    private static Map<Long, int[]> hits(Map<String, Integer> counts) {
        Map<Long, int[]> hits = new HashMap<>();
        counts.forEach((id, count) -> hits.put(StoryIds.pack(id), new int[] {count}));
        return hits;
    }

    private static List<String> ids(List<Long> packed) {
        return packed.stream().map(StoryIds::unpack).toList();
    }
}
