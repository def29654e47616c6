package io.newswire.streams;

import io.newswire.streams.enrich.Fingerprint;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the per-language task remembers of one article: its text fingerprint (near-duplicates) and the story it
 * joined, with the event time it last did (clustering). Either part may be absent: an article without text has no
 * fingerprint, one not yet clustered has no story, and each part is forgotten after its own retention.
 *
 * @param fingerprint null when the article had no text or its fingerprint has expired
 * @param storyId     null until the article is clustered, and after its membership has expired
 * @param storyTime   when the membership was last confirmed (event time); 0 without a story
 */
public record ArticleMemory(Fingerprint fingerprint, String storyId, long storyTime) {

    public static final ArticleMemory NONE = new ArticleMemory(null, null, 0);

    private static final byte HAS_FINGERPRINT = 1;
    private static final byte HAS_STORY = 2;

    public ArticleMemory withFingerprint(Fingerprint replacement) {
        return new ArticleMemory(replacement, storyId, storyTime);
    }

    public ArticleMemory withStory(String story, long time) {
        return new ArticleMemory(fingerprint, story, time);
    }

    public boolean isEmpty() {
        return fingerprint == null && storyId == null;
    }

    /**
     * A flag byte, then the fingerprint's fixed-size layout and the story's time and id when present: binary like
     * the fingerprint alone was, since one is written per article and its 128 bins are most of it.
     */
    public static Serde<ArticleMemory> serde() {
        return Serdes.serdeFrom((topic, memory) -> memory == null ? null : memory.toBytes(),
                (topic, bytes) -> bytes == null ? null : fromBytes(bytes));
    }

    byte[] toBytes() {
        byte[] story = storyId == null ? new byte[0] : storyId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(1 + (fingerprint == null ? 0 : Fingerprint.SIZE)
                + (storyId == null ? 0 : Long.BYTES + story.length));
        buffer.put((byte) ((fingerprint == null ? 0 : HAS_FINGERPRINT) | (storyId == null ? 0 : HAS_STORY)));
        if (fingerprint != null) {
            fingerprint.writeTo(buffer);
        }
        if (storyId != null) {
            buffer.putLong(storyTime).put(story);
        }
        return buffer.array();
    }

    static ArticleMemory fromBytes(byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            byte flags = buffer.get();
            if ((flags & ~(HAS_FINGERPRINT | HAS_STORY)) != 0) {
                throw new SerializationException("not an article memory: flags " + flags);
            }
            Fingerprint fingerprint = (flags & HAS_FINGERPRINT) != 0 ? Fingerprint.readFrom(buffer) : null;
            if ((flags & HAS_STORY) == 0) {
                if (buffer.hasRemaining()) {
                    throw new SerializationException("an article memory without a story has " + buffer.remaining() + " bytes too many");
                }
                return new ArticleMemory(fingerprint, null, 0);
            }
            long time = buffer.getLong();
            String story = StandardCharsets.UTF_8.decode(buffer).toString();
            return new ArticleMemory(fingerprint, story, time);
        } catch (java.nio.BufferUnderflowException e) {
            throw new SerializationException("an article memory cut short at " + bytes.length + " bytes", e);
        }
    }
}
