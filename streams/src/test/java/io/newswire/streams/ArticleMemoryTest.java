package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.streams.enrich.Fingerprint;
import io.newswire.streams.enrich.MinHasher;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class ArticleMemoryTest {

    private final Serde<ArticleMemory> serde = ArticleMemory.serde();

    private static Fingerprint fingerprint() {
        ByteBuffer bins = ByteBuffer.allocate(MinHasher.BINS * Integer.BYTES);
        for (int bin = 0; bin < MinHasher.BINS; bin++) {
            bins.putInt(bin * 31 - 7);
        }
        return new Fingerprint(1_700_000_000_000L, 42, MinHasher.Signature.fromBytes(bins.array(), 57));
    }

    private ArticleMemory roundTrip(ArticleMemory memory) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", memory));
    }

    @Test
    void shouldReadBackAFingerprintAndAStory() {
        ArticleMemory read = roundTrip(new ArticleMemory(fingerprint(), "story-ä1", 123L));
        assertEquals(42, read.fingerprint().number());
        assertEquals(57, read.fingerprint().signature().shingles());
        assertArrayEquals(fingerprint().signature().bins(), read.fingerprint().signature().bins());
        assertEquals("story-ä1", read.storyId());
        assertEquals(123L, read.storyTime());
    }

    @Test
    void shouldReadBackAFingerprintWithoutAStory() {
        ArticleMemory read = roundTrip(ArticleMemory.NONE.withFingerprint(fingerprint()));
        assertEquals(1_700_000_000_000L, read.fingerprint().timestamp());
        assertNull(read.storyId());
    }

    @Test
    void shouldReadBackAStoryWithoutAFingerprint() {
        ArticleMemory read = roundTrip(ArticleMemory.NONE.withStory("s", 9L));
        assertNull(read.fingerprint());
        assertEquals("s", read.storyId());
    }

    @Test
    void shouldRejectBytesCutShort() {
        byte[] bytes = serde.serializer().serialize("t", ArticleMemory.NONE.withFingerprint(fingerprint()));
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", Arrays.copyOf(bytes, 40)));
    }

    @Test
    void shouldRejectUnknownFlags() {
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", new byte[] {8}));
    }
}
