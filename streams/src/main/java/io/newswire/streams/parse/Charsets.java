package io.newswire.streams.parse;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which charset a page is in: a byte-order mark first, then the HTTP header, then the page's own meta tag. */
final class Charsets {

    private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_\\-:.]+)");

    private Charsets() {
    }

    record Detected(Charset charset, int skip) {
    }

    static Detected detect(ByteBuffer bytes, String declared, boolean html) {
        ByteBuffer b = bytes.duplicate();
        if (b.remaining() >= 3 && (b.get(0) & 0xFF) == 0xEF && (b.get(1) & 0xFF) == 0xBB && (b.get(2) & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (b.remaining() >= 2 && (b.get(0) & 0xFF) == 0xFE && (b.get(1) & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (b.remaining() >= 2 && (b.get(0) & 0xFF) == 0xFF && (b.get(1) & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (declared != null && !declared.isBlank()) {
            return new Detected(forName(declared), 0);
        }
        if (html) {
            byte[] head = new byte[Math.min(4096, b.remaining())];
            b.get(head);
            Matcher m = META.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                return new Detected(forName(m.group(1)), 0);
            }
        }
        return new Detected(StandardCharsets.UTF_8, 0);
    }

    /** Browsers read ISO-8859-1 as windows-1252 (smart quotes live in 0x80–0x9F); so do we. */
    private static Charset forName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(lower);
        } catch (RuntimeException e) {
            throw new UnparseableArticleException("unknown charset '" + name + "'", e);
        }
    }
}
