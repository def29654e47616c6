package io.newswire.producer;

import io.newswire.avro.RawArticle;
import io.newswire.text.LenientText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article file in the plain-text seed form. The bytes are published untouched; they are
 * only decoded here to reject what the parser could never read and to derive the stable id.
 * The outlet is the name of the directory holding the file.
 */
public final class TextArticleReader {

    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final Pattern URL_HEADER = Pattern.compile("(?im)^(?:URL|Link|Canonical):\\s*(https?://\\S+)\\s*$");
    private static final Pattern CANONICAL = Pattern.compile(
            "(?is)<link[^>]*rel\\s*=\\s*[\"']canonical[\"'][^>]*href\\s*=\\s*[\"']([^\"']+)|<link[^>]*href\\s*=\\s*[\"']([^\"']+)[\"'][^>]*rel\\s*=\\s*[\"']canonical");

    private final Clock clock;

    public TextArticleReader(Clock clock) {
        this.clock = clock;
    }

    public RawArticle read(Path file) throws UnreadableInputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableInputException("file is " + size + " bytes, over the " + MAX_BYTES + "-byte limit for one article");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read file: " + e, e);
        }
        if (isHtml(file)) {
            return html(file, bytes);
        }
        LenientText.Decoded decoded = LenientText.decode(bytes, StandardCharsets.UTF_8);
        if (decoded.mostlyGarbage()) {
            throw new UnreadableInputException("not text: " + decoded.replaced() + " of " + decoded.text().length()
                    + " characters are not valid UTF-8");
        }
        String text = decoded.text();
        if (text.isBlank()) {
            throw new UnreadableInputException("file is empty");
        }
        // Not valid UTF-8 but mostly text: no charset is claimed, so the parser guesses it from the bytes.
        return raw(file, bytes, headerUrl(text), text, "text/plain", decoded.replaced() == 0 ? "UTF-8" : null);
    }

    /** One shape for every file kind: stable id, outlet from the directory, the bytes untouched. */
    private RawArticle raw(Path file, byte[] bytes, Optional<String> url, String text, String contentType, String charset) {
        return RawArticle.newBuilder()
                .setId(ArticleIds.of(url, text))
                .setSource(sourceOf(file))
                .setUrl(url.flatMap(ArticleIds::canonicalUrl).orElse(null))
                .setContentType(contentType)
                .setCharset(charset)
                .setBody(ByteBuffer.wrap(bytes))
                .setFetchedAt(clock.instant())
                .setMetadata(Map.of("path", file.toString()))
                .build();
    }

    /** The outlet of a file: the name of the directory holding it. */
    static String sourceOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "files" : parent.getFileName().toString();
    }

    Clock clock() {
        return clock;
    }

    static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** Pages keep their bytes and leave charset detection to the parser; the id is the canonical URL when the page names one. */
    private RawArticle html(Path file, byte[] bytes) throws UnreadableInputException {
        String ascii = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (ascii.isBlank()) {
            throw new UnreadableInputException("file is empty");
        }
        Matcher m = CANONICAL.matcher(ascii.length() > 65536 ? ascii.substring(0, 65536) : ascii);
        Optional<String> url = m.find() ? Optional.ofNullable(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
        return raw(file, bytes, url, ascii, "text/html", null);
    }

    private static Optional<String> headerUrl(String text) {
        String head = text.length() > 2000 ? text.substring(0, 2000) : text;
        // The pattern tries every line start; most articles name no URL at all, and "://" is cheap to look for.
        if (!head.contains("://")) {
            return Optional.empty();
        }
        Matcher matcher = URL_HEADER.matcher(head);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
