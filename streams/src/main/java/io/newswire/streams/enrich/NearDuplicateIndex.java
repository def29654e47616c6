package io.newswire.streams.enrich;

import io.newswire.streams.ArticleMemories;
import io.newswire.streams.ArticleMemory;
import io.newswire.streams.DerivedStores;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds the earlier article that shares the most text with a new one. LSH with 128 bands of one row:
 * every (bin, minimum) pair is an index key, so any shared shingle that wins a bin makes a candidate,
 * and the number of shared keys is the similarity estimate itself. Bands of one row because what we
 * look for is shared passages (Jaccard 0.02–0.3), which wider bands would miss; for copies only,
 * 16 bands of 8 rows would do with an eighth of the index.
 *
 * <p>Index values are lists of 4-byte article numbers, not article ids: 128 keys are written per
 * article, so the values must stay small. Three stores: the fingerprints by article id (in the task's logged
 * {@link ArticleMemories}), and the article ids by number and the index (both derived from the fingerprints,
 * rebuilt rather than logged).
 */
public final class NearDuplicateIndex {

    /** An earlier article sharing text with a new one: estimated Jaccard similarity, and the share of the new one's text in it. */
    public record Match(String id, double similarity, double sharedShare) {

        /** A copy or rewrite of the earlier article, not only a shared passage: see {@link #isCopy}. */
        public boolean copy() {
            return isCopy(similarity, sharedShare);
        }
    }

    /**
     * One text is a copy or rewrite of another when most of it is in the other (a shortened agency story is
     * wholly contained in the original though their Jaccard similarity is low), or when the two overlap
     * as much as they differ. Chosen on ECB+ and news_cluster: of the pairs this marks (37 and 19), every
     * one reports one event with the same wire text; the previous rule, any shared text from 2 of 128 bins,
     * marked 457 of 982 and 171 of 372 articles, mostly for one shared quote or a site's boilerplate.
     */
    public static boolean isCopy(double similarity, double sharedShare) {
        return similarity >= COPY_MIN_SIMILARITY || sharedShare >= COPY_MIN_SHARE;
    }

    static final double COPY_MIN_SIMILARITY = 0.5;
    static final double COPY_MIN_SHARE = 0.8;

    /** Shared passages an article reports beyond its copy, if any. */
    public static final int MAX_PASSAGES = 3;
    static final int MAX_MATCHES = MAX_PASSAGES + 1;

    /** Article numbers kept per index key; older ones drop out, which bounds keys made of boilerplate text. */
    static final int MAX_IDS_PER_KEY = 64;

    private final ArticleMemories articles;
    private final KeyValueStore<Integer, String> idsByNumber;
    private final KeyValueStore<String, byte[]> index;
    private final double minSimilarity;
    private int nextNumber;

    public NearDuplicateIndex(ArticleMemories articles, KeyValueStore<Integer, String> numbers,
            KeyValueStore<String, byte[]> index, double minSimilarity) {
        this.articles = articles;
        this.idsByNumber = numbers;
        this.index = index;
        this.minSimilarity = minSimilarity;
        rebuildNumbersIfEmpty();
        // Numbers only grow and big-endian keys sort as numbers, so the last key is the highest given so far.
        try (KeyValueIterator<Integer, String> newest = idsByNumber.reverseAll()) {
            this.nextNumber = newest.hasNext() ? newest.next().key + 1 : 0;
        }
    }

    /** The number-to-id map is derived from the fingerprints (each carries its number), so it has no changelog. */
    private void rebuildNumbersIfEmpty() {
        if (!DerivedStores.isEmpty(idsByNumber)) {
            return;
        }
        articles.forEach((id, memory) -> {
            if (memory.fingerprint() != null) {
                idsByNumber.put(memory.fingerprint().number(), id);
            }
        });
    }

    /**
     * Rebuilds the (unlogged) index from the (logged) fingerprints when it is empty but they are not:
     * after the task moved to another instance or its local state was wiped.
     */
    public int rebuildIfEmpty() {
        if (!DerivedStores.isEmpty(index)) {
            return 0;
        }
        int[] rebuilt = {0};
        articles.forEach((id, memory) -> {
            Fingerprint fingerprint = memory.fingerprint();
            if (fingerprint != null) {
                int[] bins = fingerprint.signature().bins();
                for (int bin = 0; bin < MinHasher.BINS; bin++) {
                    append(key(bin, bins[bin]), fingerprint.number());
                }
                rebuilt[0]++;
            }
        });
        return rebuilt[0];
    }

    /** Looks up the earlier articles sharing the most text with this one (best first), then adds it to the index. */
    public List<Match> matchAndAdd(String id, MinHasher.Signature signature, long timestamp) {
        Fingerprint existing = articles.get(id).fingerprint();
        int self = existing == null ? -1 : existing.number();
        int[] bins = signature.bins();
        // Kept for the add below: each key is read once per article, not once to match and again to append.
        byte[][] lists = new byte[MinHasher.BINS][];
        int total = 0;
        for (int bin = 0; bin < MinHasher.BINS; bin++) {
            lists[bin] = index.get(key(bin, bins[bin]));
            total += lists[bin] == null ? 0 : lists[bin].length / 4;
        }
        // Shared keys per earlier article: up to 128 × 64 article numbers per article, counted in a primitive
        // open-addressing table (boxing them into a map, or sorting them, was a fifth of the stream thread).
        int capacity = Integer.highestOneBit(Math.max(16, total * 2) - 1) << 1;
        int[] slots = new int[capacity];
        int[] counts = new int[capacity];
        Arrays.fill(slots, -1);
        for (byte[] numbers : lists) {
            if (numbers == null) {
                continue;
            }
            ByteBuffer buffer = ByteBuffer.wrap(numbers);
            while (buffer.hasRemaining()) {
                int candidate = buffer.getInt();
                if (candidate == self) {
                    continue;
                }
                int slot = (candidate * 0x9E3779B9) >>> 1 & (capacity - 1);
                while (slots[slot] != -1 && slots[slot] != candidate) {
                    slot = (slot + 1) & (capacity - 1);
                }
                slots[slot] = candidate;
                counts[slot]++;
            }
        }
        int minShared = (int) Math.ceil(minSimilarity * MinHasher.BINS - 1e-9);
        // The best few kept by insertion, most shared bins first and ties to the earliest article, as the index has
        // always answered: collecting and sorting every candidate was a tenth of the stream thread where a site's
        // boilerplate or a wire service's copy puts thousands of articles two bins from each new one.
        int[] bestCounts = new int[MAX_MATCHES];
        int[] bestNumbers = new int[MAX_MATCHES];
        int kept = 0;
        for (int slot = 0; slot < capacity; slot++) {
            int count = counts[slot];
            if (slots[slot] == -1 || count < minShared) {
                continue;
            }
            int number = slots[slot];
            int at = kept;
            while (at > 0 && (bestCounts[at - 1] < count || (bestCounts[at - 1] == count && bestNumbers[at - 1] > number))) {
                at--;
            }
            if (at == MAX_MATCHES) {
                continue;
            }
            int last = Math.min(kept, MAX_MATCHES - 1);
            System.arraycopy(bestCounts, at, bestCounts, at + 1, last - at);
            System.arraycopy(bestNumbers, at, bestNumbers, at + 1, last - at);
            bestCounts[at] = count;
            bestNumbers[at] = number;
            kept = Math.min(kept + 1, MAX_MATCHES);
        }
        List<Match> matches = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            match(signature, bestNumbers[k], bestCounts[k]).ifPresent(matches::add);
        }
        if (existing == null) {
            add(id, signature, timestamp, lists);
        }
        return matches;
    }

    private Optional<Match> match(MinHasher.Signature signature, int number, int sharedBins) {
        String id = idsByNumber.get(number);
        Fingerprint stored = id == null ? null : articles.get(id).fingerprint();
        if (stored == null) {
            return Optional.empty();
        }
        double similarity = sharedBins / (double) MinHasher.BINS;
        return Optional.of(new Match(id, round(similarity), round(signature.containmentIn(stored.signature()))));
    }

    private void add(String id, MinHasher.Signature signature, long timestamp, byte[][] lists) {
        int number = nextNumber++;
        idsByNumber.put(number, id);
        Fingerprint fingerprint = new Fingerprint(timestamp, number, signature);
        articles.update(id, memory -> memory.withFingerprint(fingerprint));
        int[] bins = signature.bins();
        List<KeyValue<String, byte[]>> updates = new ArrayList<>(MinHasher.BINS);
        for (int bin = 0; bin < MinHasher.BINS; bin++) {
            updates.add(KeyValue.pair(key(bin, bins[bin]), appended(lists[bin], number)));
        }
        // One RocksDB write batch instead of 128 separate writes.
        index.putAll(updates);
    }

    private void append(String key, int number) {
        append(key, index.get(key), number);
    }

    private void append(String key, byte[] numbers, int number) {
        index.put(key, appended(numbers, number));
    }

    private static byte[] appended(byte[] numbers, int number) {
        int kept = numbers == null ? 0 : Math.min(numbers.length / 4, MAX_IDS_PER_KEY - 1);
        ByteBuffer updated = ByteBuffer.allocate((kept + 1) * 4);
        if (numbers != null) {
            updated.put(numbers, numbers.length - kept * 4, kept * 4);
        }
        return updated.putInt(number).array();
    }

    /** Forgets articles fingerprinted before the cut-off, so state is bounded by the retention. */
    public int evictOlderThan(long cutoff) {
        List<KeyValue<String, ArticleMemory>> expired =
                articles.matching(memory -> memory.fingerprint() != null && memory.fingerprint().timestamp() < cutoff);
        for (KeyValue<String, ArticleMemory> entry : expired) {
            int number = entry.value.fingerprint().number();
            int[] bins = entry.value.fingerprint().signature().bins();
            for (int bin = 0; bin < MinHasher.BINS; bin++) {
                String key = key(bin, bins[bin]);
                byte[] numbers = index.get(key);
                if (numbers != null) {
                    ByteBuffer kept = ByteBuffer.allocate(numbers.length);
                    ByteBuffer read = ByteBuffer.wrap(numbers);
                    while (read.hasRemaining()) {
                        int n = read.getInt();
                        if (n != number) {
                            kept.putInt(n);
                        }
                    }
                    if (kept.position() == 0) {
                        index.delete(key);
                    } else {
                        index.put(key, Arrays.copyOf(kept.array(), kept.position()));
                    }
                }
            }
            idsByNumber.delete(number);
            articles.update(entry.key, memory -> memory.withFingerprint(null));
        }
        return expired.size();
    }

    private static String key(int bin, int value) {
        return bin + ":" + Integer.toHexString(value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
