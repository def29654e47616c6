package io.newswire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void shouldCollapseWhitespaceExactlyAsTheRegexThatMadeEarlierIdsDid() {
        for (String text : List.of("a  b", "a\t\n b", "  lead and trail  ", "a\u000Bb\fc\r\nd", "no\u00A0break\u2003em", "", "x",
                "para one.\n\n\npara two.\t")) {
            assertEquals(text.replaceAll("\\s+", " "), Whitespace.collapse(text), () -> "for " + text.replace("\n", "\\n"));
        }
    }
}
