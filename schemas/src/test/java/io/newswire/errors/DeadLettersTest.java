package io.newswire.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void shouldKeepABoundedPrefixWithSizeAndHashOfALargeValue() {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        DeadLetter letter = DeadLetters.letter("ingest", "too big", AT, null, big).build();
        assertEquals(DeadLetters.MAX_KEPT_VALUE_BYTES, letter.getValue().remaining());
        assertEquals(big.length, letter.getValueSize());
        assertEquals(DeadLetters.sha256(big), letter.getValueSha256());
    }

    @Test
    void shouldKeepASmallValueWhole() {
        byte[] small = "a line".getBytes();
        DeadLetter letter = DeadLetters.letter("ingest", "bad", AT, null, small).build();
        assertArrayEquals(small, bytes(letter.getValue()));
        assertEquals(small.length, letter.getValueSize());
    }

    @Test
    void shouldCutAnOverlongReasonAndKey() {
        DeadLetter letter = DeadLetters.letter("process", "r".repeat(100_000), AT, new byte[10_000], null).build();
        assertTrue(letter.getReason().length() < 4100, "reason length " + letter.getReason().length());
        assertEquals(DeadLetters.MAX_KEPT_KEY_BYTES, letter.getKey().remaining());
    }

    @Test
    void shouldMatchTheKnownSha256OfEmptyInput() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DeadLetters.sha256(new byte[0]));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
