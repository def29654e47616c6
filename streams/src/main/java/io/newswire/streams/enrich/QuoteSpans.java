package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a text's quotations are, as [opening mark, closing mark + 1): straight quotes pair up in order, typographic marks
 * by the language's pairs (“…” in English, „…“ and »…« in German, «…» in French).
 */
final class QuoteSpans {

    private final QuoteStyle style;
    /** The lowest code among the style's marks but the ASCII '"' (every other mark lies above ASCII): a character below it is none. */
    private final char lowestMark;

    QuoteSpans(QuoteStyle style) {
        this.style = style;
        this.lowestMark = (char) style.marks().chars().filter(c -> c != '"').min().orElse(Character.MAX_VALUE);
    }

    /** The spans of the quotations from offset {@code from} on. */
    List<int[]> in(String s, int from) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        String closers = "";
        // «… говорят: “Нам надоело …”», „… ‚…‘ …“: a quotation inside another, in the other marks, belongs to the outer one.
        String nestedClosers = null;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < lowestMark && c != '"' && c != '\n') {
                // Letters, digits and spaces, most of the text, are no mark: two string searches per character saved.
                continue;
            }
            if (nestedClosers != null && nestedClosers.indexOf(c) >= 0) {
                nestedClosers = null;
            } else if (open >= 0 && closers.indexOf(c) >= 0) {
                spans.add(new int[] {open, i + 1});
                open = -1;
                nestedClosers = null;
            } else if (open >= 0 && nestedClosers == null && c != '"' && s.charAt(open) != '"' && c != s.charAt(open)
                    && style.openers().indexOf(c) >= 0 && closesAround(s, i, s.charAt(open), closers, style.closers().get(c))) {
                nestedClosers = style.closers().get(c);
            } else if ((c != '"' && style.openers().indexOf(c) >= 0) || (c == '"' && open < 0)) {
                open = i;
                closers = style.closers().getOrDefault(c, "\"");
            } else if (c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                open = -1;
                nestedClosers = null;
            }
        }
        return spans;
    }

    /**
     * Whether the quotation opened before {@code at} closes after the one opening there does, with no new quotation of
     * its own mark in between: only then is the second inside the first. A mark left open by mistake must not swallow the
     * quotations after it, so otherwise the new mark opens a quotation of its own, as before.
     */
    private static boolean closesAround(String s, int at, char outerOpener, String outerClosers, String innerClosers) {
        int innerEnd = indexOfAny(s, innerClosers, at + 1);
        if (innerEnd < 0) {
            return false;
        }
        int outerEnd = indexOfAny(s, outerClosers, innerEnd + 1);
        int nextOuter = s.indexOf(outerOpener, at + 1);
        return outerEnd >= 0 && (nextOuter < 0 || nextOuter > outerEnd);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
