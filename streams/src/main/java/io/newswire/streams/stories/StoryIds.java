package io.newswire.streams.stories;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The story ids under one candidate-index key, oldest first, packed as the 8 bytes each id stands for.
 * Every article reads up to 20 of these lists of up to 100 ids: kept as strings they were decoded one
 * UTF-8 string at a time, an eighth of the per-language stage.
 */
public final class StoryIds {

    private static final String PREFIX = "story-";
    private static final int HEX_DIGITS = 16;
    private static final HexFormat HEX = HexFormat.of();
    static final StoryIds EMPTY = new StoryIds(new long[0]);

    private final long[] ids;

    private StoryIds(long[] ids) {
        this.ids = ids;
    }

    public static Serde<StoryIds> serde() {
        Serializer<StoryIds> serializer = (topic, value) -> {
            ByteBuffer bytes = ByteBuffer.allocate(value.ids.length * Long.BYTES);
            bytes.asLongBuffer().put(value.ids);
            return bytes.array();
        };
        Deserializer<StoryIds> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            long[] ids = new long[bytes.length / Long.BYTES];
            ByteBuffer.wrap(bytes).asLongBuffer().get(ids);
            return new StoryIds(ids);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /**
     * A story's id: "story-" and the first 16 hex digits of the SHA-256 of its first article's id. Deterministic,
     * so a replay or a restart names the story the same.
     */
    static String forFirstArticle(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return unpack(ByteBuffer.wrap(digest).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The number a story id stands for. */
    static long pack(String storyId) {
        if (storyId.length() != PREFIX.length() + HEX_DIGITS || !storyId.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a story id: " + storyId);
        }
        return HexFormat.fromHexDigitsToLong(storyId, PREFIX.length(), storyId.length());
    }

    /** Unsigned order of the numbers is the order of the ids as strings, so ties break as they always have. */
    static String unpack(long id) {
        return PREFIX + HEX.toHexDigits(id);
    }

    int size() {
        return ids.length;
    }

    long get(int i) {
        return ids[i];
    }

    boolean contains(long id) {
        return indexOf(id) >= 0;
    }

    /** With {@code id} appended (unless present), the oldest dropped beyond {@code max}. */
    StoryIds with(long id, int max) {
        if (contains(id)) {
            return this;
        }
        int kept = Math.min(ids.length, max - 1);
        long[] updated = Arrays.copyOfRange(ids, ids.length - kept, ids.length + 1);
        updated[kept] = id;
        return new StoryIds(updated);
    }

    StoryIds without(long id) {
        int at = indexOf(id);
        if (at < 0) {
            return this;
        }
        long[] updated = new long[ids.length - 1];
        System.arraycopy(ids, 0, updated, 0, at);
        System.arraycopy(ids, at + 1, updated, at, ids.length - at - 1);
        return new StoryIds(updated);
    }

    private int indexOf(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }
}
