package io.newswire.streams.parse;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.newswire.text.LenientText;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset a text is in: a byte-order mark first, then the HTTP header (or what ingest knew),
 * then the page's own meta tag, then a guess from the bytes.
 */
final class Charsets {

    /** ICU's confidence (0-100) below which its guess is no better than UTF-8 with replacements. */
    private static final int MIN_CONFIDENCE = 30;
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
        return new Detected(sniff(bytes), 0);
    }

    /**
     * Nothing declared: UTF-8 when the bytes are valid UTF-8 (the web's default), else ICU's statistical guess
     * (a Latin-1 or Cyrillic page saved without a declaration), else UTF-8 with replacements.
     */
    private static Charset sniff(ByteBuffer bytes) {
        if (LenientText.isValid(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        byte[] sample = new byte[Math.min(64 * 1024, bytes.remaining())];
        bytes.duplicate().get(sample);
        CharsetMatch match = new CharsetDetector().setText(sample).detect();
        if (match != null && match.getConfidence() >= MIN_CONFIDENCE && Charset.isSupported(match.getName())) {
            return forName(match.getName());
        }
        return StandardCharsets.UTF_8;
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
