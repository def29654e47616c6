package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    private static final String LEAD = "<p>The harbour board approved the new ferry timetable on Monday, after a long debate about fares, "
            + "crews and the winter service to the islands, officials said.</p>";

    @Test
    void shouldKeepTheArticlesOwnListTableAndHeadings() {
        String page = "<html><head><title>Ferry guide</title></head><body><article>" + LEAD
                + "<h2>What changes in winter</h2><ul><li>The first ferry leaves at 6:15 instead of 7:00 every weekday.</li>"
                + "<li>The last ferry on Sundays now leaves the island at 22:30.</li></ul>"
                + "<table><tr><td>Route</td><td>Old fare</td><td>New fare</td></tr><tr><td>Harbour to Isle</td><td>4.20</td><td>4.60</td></tr></table>"
                + LEAD.replace("Monday", "Tuesday") + "</article></body></html>";
        String body = new HtmlExtractor().extract(page, null, Deadline.none()).body();
        assertTrue(body.contains("What changes in winter"), body);
        assertTrue(body.contains("The first ferry leaves at 6:15"), body);
        assertTrue(body.contains("Harbour to Isle"), body);
    }

    @Test
    void shouldPreferAShortArticleToALongerCommentThread() {
        StringBuilder comments = new StringBuilder("<section id=\"comments\" class=\"comments\">");
        for (int i = 0; i < 30; i++) {
            comments.append("<div class=\"comment\"><p>I have taken this ferry for years and the new timetable, honestly, is a mess, "
                    + "reader number ").append(i).append(" wrote, and nobody asked us.</p></div>");
        }
        comments.append("</section>");
        String page = "<html><head><title>Ferry timetable</title></head><body><article class=\"story\">" + LEAD
                + LEAD.replace("Monday", "Tuesday") + "</article>" + comments + "</body></html>";
        String body = new HtmlExtractor().extract(page, null, Deadline.none()).body();
        assertTrue(body.contains("harbour board approved"), body);
        assertTrue(!body.contains("reader number"), body);
    }

    @Test
    void shouldDropRelatedPostsAndNewsletterBoxes() {
        String page = "<html><head><title>Ferry timetable</title></head><body><article>" + LEAD + LEAD.replace("Monday", "Tuesday")
                + "<div class=\"newsletter-signup\"><p>Sign up for our morning newsletter and never miss a story from the harbour, it is free.</p></div>"
                + "<div class=\"related-posts\"><p>Related: Bridge closes for repairs, council says the work will take six weeks in all.</p></div>"
                + "</article></body></html>";
        String body = new HtmlExtractor().extract(page, null, Deadline.none()).body();
        assertTrue(!body.contains("newsletter") && !body.contains("Related:"), body);
    }

    @Test
    void shouldNeverRepeatAParagraph() {
        String page = "<html><head><title>Ferry timetable</title></head><body><article><div>" + LEAD + "</div>" + LEAD.replace("Monday", "Tuesday")
                + "</article></body></html>";
        String body = new HtmlExtractor().extract(page, null, Deadline.none()).body();
        assertEquals(body.indexOf("on Monday"), body.lastIndexOf("on Monday"), body);
    }

    @Test
    void shouldReadMarkupNestedDeeperThanABrowserBuildsWithoutReadability() {
        // Our reading is one short paragraph of the page's text: Readability would be asked, and overflow its stack.
        String nested = "<div>".repeat(5_000) + "<span>" + "Ferry timetable notice. ".repeat(200) + "</span>" + "</div>".repeat(5_000);
        Document page = Jsoup.parse("<html><body>" + nested + "</body></html>");
        assertTrue(MarkupDepth.exceeds(page, MarkupDepth.MAX));
        assertEquals("ours", ReadabilityReading.better("ours", page, null));
    }

    @Test
    void shouldMeasureAPageNestedAsDeepAsABrowserBuildsAsWithinTheBound() {
        int depth = MarkupDepth.MAX - 10;
        Document page = Jsoup.parse("<html><body>" + "<div>".repeat(depth) + "<p>Ferry.</p>" + "</div>".repeat(depth) + "</body></html>");
        assertFalse(MarkupDepth.exceeds(page, MarkupDepth.MAX));
    }
}
