package io.newswire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LenientTextTest {

    @Test
    void shouldCountEachInvalidByteAsOneReplacement() {
        byte[] bytes = {'a', (byte) 0xE9, 'b', (byte) 0xFF, 'c', (byte) 0xE8};

        LenientText.Decoded decoded = LenientText.decode(bytes, StandardCharsets.UTF_8);

        assertEquals("a\uFFFDb\uFFFDc\uFFFD", decoded.text());
        assertEquals(3, decoded.replaced());
        assertTrue(decoded.mostlyGarbage());
    }

    @Test
    void shouldCountNothingInValidText() {
        LenientText.Decoded decoded = LenientText.decode("Grüße aus Köln".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertEquals(0, decoded.replaced());
        assertFalse(decoded.mostlyGarbage());
    }

    @Test
    void shouldCountMojibakeSequences() {
        LenientText.Decoded decoded = LenientText.decode("Caf\u00c3\u00a9 \u00e2\u20ac\u201c ch\u00e2teau".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);

        assertEquals(List.of("2 mojibake sequence(s) (UTF-8 read as windows-1252 upstream)"), decoded.warnings(StandardCharsets.UTF_8));
    }

    @Test
    void shouldWarnOfNothingInCleanText() {
        LenientText.Decoded decoded = LenientText.decode("Grüße aus Köln".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertEquals(List.of(), decoded.warnings(StandardCharsets.UTF_8));
    }
}
