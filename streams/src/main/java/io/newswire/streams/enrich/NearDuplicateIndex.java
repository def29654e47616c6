package io.newswire.streams.enrich;

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
 * article, so the values must stay small. Three stores: the fingerprints by article id and the article ids by
 * number (both logged), and the index (derived from the fingerprints, rebuilt rather than logged).
 */
public final class NearDuplicateIndex {

    /** The best earlier match of an article. */
    public record Match(String id, double similarity, double sharedShare) {
    }

    /** Article numbers kept per index key; older ones drop out, which bounds keys made of boilerplate text. */
    static final int MAX_IDS_PER_KEY = 64;

    private final KeyValueStore<String, Fingerprint> fingerprints;
    private final KeyValueStore<Integer, String> idsByNumber;
    private final KeyValueStore<String, byte[]> index;
    private final double minSimilarity;
    private int nextNumber;

    public NearDuplicateIndex(KeyValueStore<String, Fingerprint> fingerprints, KeyValueStore<Integer, String> numbers,
            KeyValueStore<String, byte[]> index, double minSimilarity) {
        this.fingerprints = fingerprints;
        this.idsByNumber = numbers;
        this.index = index;
        this.minSimilarity = minSimilarity;
        // Numbers only grow and big-endian keys sort as numbers, so the last key is the highest given so far.
        try (KeyValueIterator<Integer, String> newest = idsByNumber.reverseAll()) {
            this.nextNumber = newest.hasNext() ? newest.next().key + 1 : 0;
        }
    }

    /**
     * Rebuilds the (unlogged) index from the (logged) fingerprints when it is empty but they are not:
     * after the task moved to another instance or its local state was wiped.
     */
    public int rebuildIfEmpty() {
        if (!DerivedStores.isEmpty(index)) {
            return 0;
        }
        int rebuilt = 0;
        try (KeyValueIterator<String, Fingerprint> all = fingerprints.all()) {
            while (all.hasNext()) {
                Fingerprint fingerprint = all.next().value;
                int[] bins = fingerprint.signature().bins();
                for (int bin = 0; bin < MinHasher.BINS; bin++) {
                    append(key(bin, bins[bin]), fingerprint.number());
                }
                rebuilt++;
            }
        }
        return rebuilt;
    }

    /** Looks up the best match among earlier articles, then adds this one to the index. */
    public Optional<Match> matchAndAdd(String id, MinHasher.Signature signature, long timestamp) {
        Fingerprint existing = fingerprints.get(id);
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
        int bestNumber = -1;
        int bestShared = 0;
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
                int shared = ++counts[slot];
                // Ties go to the earliest article, as the index has always answered.
                if (shared > bestShared || (shared == bestShared && candidate < bestNumber)) {
                    bestNumber = candidate;
                    bestShared = shared;
                }
            }
        }
        Optional<Match> best = bestShared / (double) MinHasher.BINS >= minSimilarity
                ? match(signature, bestNumber, bestShared) : Optional.empty();
        if (existing == null) {
            add(id, signature, timestamp, lists);
        }
        return best;
    }

    private Optional<Match> match(MinHasher.Signature signature, int number, int sharedBins) {
        String id = idsByNumber.get(number);
        Fingerprint stored = id == null ? null : fingerprints.get(id);
        if (stored == null) {
            return Optional.empty();
        }
        double similarity = sharedBins / (double) MinHasher.BINS;
        return Optional.of(new Match(id, round(similarity), round(signature.containmentIn(stored.signature()))));
    }

    private void add(String id, MinHasher.Signature signature, long timestamp, byte[][] lists) {
        int number = nextNumber++;
        idsByNumber.put(number, id);
        fingerprints.put(id, new Fingerprint(timestamp, number, signature));
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
        List<KeyValue<String, Fingerprint>> expired = new ArrayList<>();
        try (KeyValueIterator<String, Fingerprint> all = fingerprints.all()) {
            while (all.hasNext()) {
                KeyValue<String, Fingerprint> entry = all.next();
                if (entry.value.timestamp() < cutoff) {
                    expired.add(entry);
                }
            }
        }
        for (KeyValue<String, Fingerprint> entry : expired) {
            int number = entry.value.number();
            int[] bins = entry.value.signature().bins();
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
            fingerprints.delete(entry.key);
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
