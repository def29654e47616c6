package io.newswire.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void shouldLogPlainLinesWhenNotOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        for (int i = 0; i <= 100; i++) {
            progress.update(i, 100);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("ingest: 0/100 files"), out);
        assertTrue(out.contains("ingest: 100/100 files"), out);
        assertEquals(-1, out.indexOf('\r'));
    }

    @Test
    void shouldRedrawABarOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.update(0, 4);
        progress.update(4, 4);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r[" + "=".repeat(30) + "] 4/4 files"), out);
        assertTrue(out.endsWith("\n"));
    }
}
