package io.newswire.streams.enrich;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class NearDuplicateIndex {

    /** The best earlier match of an article. */
    public record Match(String id, double similarity, double sharedShare) {
    }

    /** Ids kept per index key; older ones drop out, which bounds hot keys made of boilerplate text. */
    static final int MAX_IDS_PER_KEY = 64;

    private final KeyValueStore<String, byte[]> fingerprints;
    private final KeyValueStore<String, String> index;
    private final double minSimilarity;

    public NearDuplicateIndex(KeyValueStore<String, byte[]> fingerprints, KeyValueStore<String, String> index, double minSimilarity) {
        this.fingerprints = fingerprints;
        this.index = index;
        this.minSimilarity = minSimilarity;
    }

    /** Looks up the best match among earlier articles, then adds this one to the index. */
    public Optional<Match> matchAndAdd(String id, MinHasher.Signature signature, long timestamp) {
        boolean seenBefore = fingerprints.get(id) != null;
        Map<String, Integer> shared = new LinkedHashMap<>();
        int[] bins = signature.bins();
        for (int bin = 0; bin < MinHasher.BINS; bin++) {
            String ids = index.get(key(bin, bins[bin]));
            if (ids == null) {
                continue;
            }
            for (String candidate : ids.split(",")) {
                if (!candidate.equals(id)) {
                    shared.merge(candidate, 1, Integer::sum);
                }
            }
        }
        Optional<Match> best = shared.entrySet().stream()
                .filter(e -> e.getValue() / (double) MinHasher.BINS >= minSimilarity)
                .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .flatMap(e -> match(signature, e.getKey(), e.getValue()));
        if (!seenBefore) {
            add(id, signature, timestamp);
        }
        return best;
    }

    private Optional<Match> match(MinHasher.Signature signature, String candidate, int sharedBins) {
        byte[] stored = fingerprints.get(candidate);
        if (stored == null) {
            return Optional.empty();
        }
        MinHasher.Signature other = decode(stored);
        double similarity = sharedBins / (double) MinHasher.BINS;
        return Optional.of(new Match(candidate, round(similarity), round(signature.containmentIn(other))));
    }

    private void add(String id, MinHasher.Signature signature, long timestamp) {
        ByteBuffer record = ByteBuffer.allocate(12 + MinHasher.BINS * 4);
        record.putLong(timestamp).putInt(signature.shingles()).put(signature.toBytes());
        fingerprints.put(id, record.array());
        int[] bins = signature.bins();
        for (int bin = 0; bin < MinHasher.BINS; bin++) {
            String key = key(bin, bins[bin]);
            String ids = index.get(key);
            List<String> list = ids == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(ids.split(",")));
            list.add(id);
            while (list.size() > MAX_IDS_PER_KEY) {
                list.remove(0);
            }
            index.put(key, String.join(",", list));
        }
    }

    /** Forgets articles fingerprinted before the cut-off, so state is bounded by the retention. */
    public int evictOlderThan(long cutoff) {
        List<KeyValue<String, byte[]>> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = fingerprints.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                if (ByteBuffer.wrap(entry.value).getLong() < cutoff) {
                    expired.add(entry);
                }
            }
        }
        for (KeyValue<String, byte[]> entry : expired) {
            int[] bins = decode(entry.value).bins();
            for (int bin = 0; bin < MinHasher.BINS; bin++) {
                String key = key(bin, bins[bin]);
                String ids = index.get(key);
                if (ids != null) {
                    List<String> list = new ArrayList<>(Arrays.asList(ids.split(",")));
                    list.remove(entry.key);
                    if (list.isEmpty()) {
                        index.delete(key);
                    } else {
                        index.put(key, String.join(",", list));
                    }
                }
            }
            fingerprints.delete(entry.key);
        }
        return expired.size();
    }

    private static MinHasher.Signature decode(byte[] stored) {
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        buffer.getLong();
        int shingles = buffer.getInt();
        byte[] bins = new byte[MinHasher.BINS * 4];
        buffer.get(bins);
        return MinHasher.Signature.fromBytes(bins, shingles);
    }

    private static String key(int bin, int value) {
        return bin + ":" + Integer.toHexString(value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
