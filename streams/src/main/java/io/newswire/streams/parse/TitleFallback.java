package io.newswire.streams.parse;

/**
 * A title for text that came without one (JSON lines with only a body, as archives often are): its
 * first line, cut at a word boundary, which is how such bodies usually begin (a headline or a lead).
 */
final class TitleFallback {

    static final int MAX_LENGTH = 160;
    private static final int MIN_SENTENCE = 20;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?](?=\\s|$)");

    private TitleFallback() {
    }

    /** For a page without any title: the first sentence of its first paragraph, cut like a line. */
    static String firstSentence(String body) {
        String line = firstLine(body);
        java.util.regex.Matcher end = SENTENCE_END.matcher(line);
        return end.find() && end.start() >= MIN_SENTENCE ? line.substring(0, end.start() + 1) : line;
    }

    static String firstLine(String body) {
        String line = body.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LENGTH);
        return line.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH) + "…";
    }
}
