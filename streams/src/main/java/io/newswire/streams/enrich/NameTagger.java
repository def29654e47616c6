package io.newswire.streams.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned proper-name tagger for one language: a greedy left-to-right averaged perceptron over
 * {@link NameFeatures}, tags O and B-/I- of PER, ORG, LOC and MISC. It reads the rule-based chain's
 * labels as features, so it learns from labelled text where the rules are right and where they are
 * not (German nouns, organisations without a gazetteer entry).
 * <p>Written here rather than taken from OpenNLP's name finder because the tagger must run inside the
 * enrichment budget (a few hundred microseconds an article): features are hashed to longs and looked up
 * in one open-addressing table, and only capitalised tokens and the words after a name are scored.
 * Models are trained by {@code newswire train-ner} and shipped as resources {@code ner/xx.model.gz}.
 */
public final class NameTagger {

    static final List<String> TAGS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");
    private static final int MAGIC = 0x4e574e54;
    private static final Map<String, Optional<NameTagger>> SHIPPED = new ConcurrentHashMap<>();

    /** A name the tagger found: tokens {@code first} to {@code last} inclusive. */
    record TaggedName(int first, int last, EntityType type) {
    }

    /*
     * Open addressing with the keys apart from the weights: most features of a text are not in the model, and
     * probing for them then reads only the keys (where slots holding the weights too made every probe a cache miss:
     * the lookup was an eighth of German enrichment). The probes read 32-bit fingerprints of the 64-bit keys, half a
     * megabyte for the German model, which stays in a core's cache where the full keys did not; two keys that
     * share a fingerprint and a probe sequence are about one in two billion per probe. The full keys are kept
     * for writing the model.
     */
    private final long[] keys;
    private final int[] fingerprints;
    private final float[] weights;
    private final int mask;

    NameTagger(Map<Long, float[]> model) {
        // A load factor between 1/3 and 2/3: short probes, and a table small enough to stay in cache.
        int capacity = Integer.highestOneBit(Math.max(4, model.size() + model.size() / 2)) << 1;
        this.keys = new long[capacity];
        this.fingerprints = new int[capacity];
        this.weights = new float[capacity * TAGS.size()];
        this.mask = capacity - 1;
        model.forEach((key, row) -> {
            int slot = slot(key);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            fingerprints[slot] = fingerprint(key);
            System.arraycopy(row, 0, weights, slot * TAGS.size(), TAGS.size());
        });
    }

    /** The tagger shipped for a language, if one was trained for it. */
    static Optional<NameTagger> forLanguage(String code) {
        return SHIPPED.computeIfAbsent(code, c -> {
            InputStream in = NameTagger.class.getResourceAsStream("ner/" + c + ".model.gz");
            if (in == null) {
                return Optional.empty();
            }
            try (in) {
                return Optional.of(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the name tagger for " + c, e);
            }
        });
    }

    List<TaggedName> tag(NameFeatures features, List<Token> tokens) {
        int[] tags = tags(features, tokens);
        List<TaggedName> names = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int first = i;
            int type = (tags[i] + 1) / 2;
            i++;
            while (i < tags.length && tags[i] == type * 2 && tokens.get(i).sentence() == tokens.get(first).sentence()) {
                i++;
            }
            names.add(new TaggedName(first, i - 1, entityType(type)));
        }
        return names;
    }

    int[] tags(NameFeatures features, List<Token> tokens) {
        int[] tags = new int[tokens.size()];
        long[] buffer = new long[NameFeatures.MAX];
        float[] scores = new float[TAGS.size()];
        int previous = -1;
        int second = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.position() == 0) {
                previous = -1;
                second = -1;
            }
            int tag = 0;
            if (NameFeatures.candidate(token) || previous > 0) {
                int n = features.features(i, previous, second, buffer);
                java.util.Arrays.fill(scores, 0f);
                for (int f = 0; f < n; f++) {
                    add(buffer[f], scores);
                }
                tag = best(scores, previous);
            }
            tags[i] = tag;
            second = previous;
            previous = tag;
        }
        return tags;
    }

    /** The best tag that continues a name only where one is open: I-ORG follows B-ORG or I-ORG. */
    static int best(float[] scores, int previous) {
        int best = 0;
        for (int t = 1; t < scores.length; t++) {
            boolean inside = t % 2 == 0;
            if (inside && (previous <= 0 || (previous + 1) / 2 != t / 2)) {
                continue;
            }
            if (scores[t] > scores[best]) {
                best = t;
            }
        }
        return best;
    }

    private void add(long key, float[] scores) {
        int slot = slot(key);
        int wanted = fingerprint(key);
        int found;
        while ((found = fingerprints[slot]) != 0) {
            if (found == wanted) {
                int base = slot * scores.length;
                for (int t = 0; t < scores.length; t++) {
                    scores[t] += weights[base + t];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** The key's high half, never 0 (an empty slot). */
    private static int fingerprint(long key) {
        return (int) (key >>> 32) | 1;
    }

    private static EntityType entityType(int type) {
        return switch (type) {
            case 1 -> EntityType.PERSON;
            case 2 -> EntityType.ORGANIZATION;
            case 3 -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }

    int features() {
        int count = 0;
        for (int slot = 0; slot <= mask; slot++) {
            count += keys[slot] != 0 ? 1 : 0;
        }
        return count;
    }

    public void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeInt(MAGIC);
            out.writeInt(TAGS.size());
            out.writeInt(features());
            for (int slot = 0; slot <= mask; slot++) {
                if (keys[slot] != 0) {
                    out.writeLong(keys[slot]);
                    for (int t = 0; t < TAGS.size(); t++) {
                        out.writeFloat(weights[slot * TAGS.size() + t]);
                    }
                }
            }
        }
    }

    static NameTagger read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source)));
        if (in.readInt() != MAGIC || in.readInt() != TAGS.size()) {
            throw new IOException("not a name tagger model of this version");
        }
        int count = in.readInt();
        Map<Long, float[]> model = new java.util.HashMap<>(count * 2);
        for (int k = 0; k < count; k++) {
            long key = in.readLong();
            float[] row = new float[TAGS.size()];
            for (int t = 0; t < row.length; t++) {
                row[t] = in.readFloat();
            }
            model.put(key, row);
        }
        return new NameTagger(model);
    }
}
