package io.newswire.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decoding the way browsers do: bytes that are not valid in the charset become U+FFFD instead of
 * failing the whole text (a page declaring UTF-8 with a few Latin-1 bytes is still a page). What was
 * replaced, and mojibake, is counted so it can be reported; only text that is mostly garbage is refused.
 */
public final class LenientText {

    /** Above this share of replaced characters a text is garbage, not a text with flaws. */
    public static final double MAX_REPLACED_SHARE = 0.2;
    /** UTF-8 read as windows-1252: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space. */
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]|â€|Â[\\u00A0-\\u00BF]");

    /** Decoded text and how many characters stand for undecodable input. */
    public record Decoded(String text, int replaced) {

        public boolean mostlyGarbage() {
            return !text.isEmpty() && replaced > text.length() * MAX_REPLACED_SHARE;
        }

        /** Readable notes on what was wrong, empty for clean text. */
        public List<String> warnings(Charset charset) {
            List<String> warnings = new ArrayList<>();
            if (replaced > 0) {
                warnings.add(replaced + " character(s) not valid " + charset.name() + " replaced with U+FFFD");
            }
            int mojibake = mojibake(text);
            if (mojibake > 0) {
                warnings.add(mojibake + " mojibake sequence(s) (UTF-8 read as windows-1252 upstream)");
            }
            return warnings;
        }
    }

    private LenientText() {
    }

    public static Decoded decode(ByteBuffer bytes, Charset charset) {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD").decode(bytes.duplicate()).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
        return new Decoded(text, replacements(text));
    }

    /** How many U+FFFD the text holds; a plain scan, since a stream over every character of every article showed in ingest's profile. */
    private static int replacements(String text) {
        int count = 0;
        for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
            count++;
        }
        return count;
    }

    public static Decoded decode(byte[] bytes, Charset charset) {
        return decode(ByteBuffer.wrap(bytes), charset);
    }

    /** Whether the bytes are valid in the charset as they are. */
    public static boolean isValid(ByteBuffer bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.duplicate());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static int mojibake(CharSequence text) {
        if (!opensMojibake(text)) {
            // Every sequence opens with Ã, â or Â, which most texts lack: a character scan rules them out for a fraction
            // of the pattern's search (5 % of parsing and enrichment in the per-language stage's profile).
            return 0;
        }
        Matcher m = MOJIBAKE.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static boolean opensMojibake(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00C3' || c == '\u00E2' || c == '\u00C2') {
                return true;
            }
        }
        return false;
    }
}
