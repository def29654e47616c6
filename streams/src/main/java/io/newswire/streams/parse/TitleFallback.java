package io.newswire.streams.parse;

/**
 * A title for text that came without one (JSON lines with only a body, as archives often are): its
 * first line, cut at a word boundary, which is how such bodies usually begin (a headline or a lead).
 */
final class TitleFallback {

    static final int MAX_LENGTH = 160;

    private TitleFallback() {
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
