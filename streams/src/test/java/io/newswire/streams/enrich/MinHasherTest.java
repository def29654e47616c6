package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final MinHasher hasher = new MinHasher();

    @Test
    void shouldHashEachShingleAsFnvOverItsWordsEachFollowedByASpace() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<Token> tokens = analyzer.analyze("T", randomText(random)).bodyTokens();
            MinHasher.Signature signature = hasher.sign(tokens);
            assertArrayEquals(reference(tokens).bins(), signature.bins(), "round " + round);
            assertEquals(reference(tokens).shingles(), signature.shingles(), "round " + round);
        }
    }

    @Test
    void shouldCountDistinctHashesLikeSortingDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            long[] hashes = random.longs(random.nextInt(300), 0, 1 + random.nextInt(50)).toArray();
            long distinct = Arrays.stream(hashes).distinct().count();
            assertEquals(distinct, MinHasher.distinct(hashes), "round " + round);
        }
    }

    private static String randomText(Random random) {
        String[] words = {"the", "port", "Ünion", "voted", "é", "strike", "ministre", "за", "1,000", "on", "Tuesday", "a"};
        return IntStream.range(0, 3 + random.nextInt(80)).mapToObj(i -> words[random.nextInt(words.length)])
                .collect(Collectors.joining(" "));
    }

    /** The signature by its definition: FNV-1a word by word, MurmurHash3's finaliser, top bits pick the bin. */
    private static MinHasher.Signature reference(List<Token> tokens) {
        long[] min = new long[MinHasher.BINS];
        Arrays.fill(min, Long.MAX_VALUE);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i + MinHasher.SHINGLE_WORDS <= tokens.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < i + MinHasher.SHINGLE_WORDS; w++) {
                for (char c : (tokens.get(w).lower() + " ").toCharArray()) {
                    h = (h ^ c) * 0x100000001b3L;
                }
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            seen.add(h);
            int bin = (int) (h >>> 57);
            min[bin] = Math.min(min[bin], h & 0xFFFFFFFFL);
        }
        // Densifying is the class's own step, so the reference checks only the bins the text filled.
        MinHasher.Signature actual = new MinHasher().sign(tokens);
        int[] bins = actual.bins().clone();
        for (int b = 0; b < MinHasher.BINS; b++) {
            if (min[b] != Long.MAX_VALUE) {
                bins[b] = (int) min[b];
            }
        }
        return new MinHasher.Signature(bins, seen.size());
    }
}
