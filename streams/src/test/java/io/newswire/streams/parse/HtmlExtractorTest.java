package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    @Test
    void shouldReadEveryParagraphOfADeeplyNestedPage() {
        StringBuilder page = new StringBuilder("<html><head><title>Nested</title></head><body>");
        int depth = 5000;
        for (int i = 0; i < depth; i++) {
            page.append("<div><p>Paragraph number ").append(String.format("%04d", i)).append(" says the harbour plan will cost more, officials said.</p>");
        }
        page.append("</div>".repeat(depth)).append("</body></html>");
        HtmlExtractor.Extracted extracted = new HtmlExtractor().extract(page.toString(), null, Deadline.none());
        assertTrue(extracted.body().contains("Paragraph number 4999 says"), "innermost paragraph missing");
        assertEquals(depth, extracted.body().split("\n\n").length);
    }

    @Test
    void shouldLeaveOutALinkListBesideTheArticle() {
        String page = "<html><head><title>T</title></head><body><div id=\"story\">"
                + "<p>The council approved the harbour plan on Monday, after a long debate, officials said.</p>".repeat(5)
                + "</div><div><ul>" + "<li><a href=\"/x\">Another story that has a long enough headline to count</a></li>".repeat(10)
                + "</ul></div></body></html>";
        String body = new HtmlExtractor().extract(page, null, Deadline.none()).body();
        assertTrue(body.contains("harbour plan") && !body.contains("Another story"), body);
    }
}
