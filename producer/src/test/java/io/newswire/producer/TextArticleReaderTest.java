package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {

    private static final String ARTICLE = """
            Published: Mon, June 3, 2024
            Business | By Tomas Lindqvist

            Port workers agree new contract

            Dock workers in the northern port voted to accept a three-year deal.
            """;

    @TempDir
    Path dir;

    private final TextArticleReader reader = new TextArticleReader(Clock.fixed(Instant.parse("2024-06-03T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldKeepBytesUntouched() throws Exception {
        RawArticle raw = reader.read(write("harbour-times/a.txt", ARTICLE));
        assertEquals(ARTICLE, StandardCharsets.UTF_8.decode(raw.getBody()).toString());
        assertEquals("text/plain", raw.getContentType());
        assertEquals(Instant.parse("2024-06-03T10:00:00Z"), raw.getFetchedAt());
    }

    @Test
    void shouldTakeSourceFromDirectoryName() throws Exception {
        assertEquals("harbour-times", reader.read(write("harbour-times/a.txt", ARTICLE)).getSource());
    }

    @Test
    void shouldGiveSameIdToSameTextInAnotherFile() throws Exception {
        String first = reader.read(write("one/a.txt", ARTICLE)).getId();
        String second = reader.read(write("two/b.txt", ARTICLE.replace("\n", "\r\n") + "\n\n")).getId();
        assertEquals(first, second);
        assertTrue(first.startsWith("sha256:"));
    }

    @Test
    void shouldGiveDifferentIdsToDifferentText() throws Exception {
        assertNotEquals(reader.read(write("a.txt", ARTICLE)).getId(), reader.read(write("b.txt", ARTICLE + "More.")).getId());
    }

    @Test
    void shouldUseCanonicalUrlAsIdWhenHeaderNamesOne() throws Exception {
        RawArticle raw = reader.read(write("a.txt", "URL: HTTPS://Example.org/news/port-deal/?utm_source=x#top\n" + ARTICLE));
        assertEquals("https://example.org/news/port-deal", raw.getId());
        assertEquals("https://example.org/news/port-deal", raw.getUrl());
    }

    @Test
    void shouldRejectBytesThatAreMostlyNotUtf8() throws Exception {
        Path file = dir.resolve("binary.txt");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith("not text"), e.getMessage());
    }

    @Test
    void shouldKeepLatin1TextWithoutClaimingACharsetForIt() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 rules\n\nOwners of the caf\u00e9 on the quay protested on Monday.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        RawArticle raw = reader.read(file);
        assertEquals(null, raw.getCharset());
    }

    @Test
    void shouldRejectEmptyFile() throws Exception {
        assertEquals("file is empty", assertThrows(UnreadableInputException.class, () -> reader.read(write("e.txt", "  \n"))).getMessage());
    }

    @Test
    void shouldRejectMissingFile() {
        assertThrows(UnreadableInputException.class, () -> reader.read(dir.resolve("absent.txt")));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
