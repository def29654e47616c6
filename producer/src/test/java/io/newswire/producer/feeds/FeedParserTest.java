package io.newswire.producer.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void shouldReadAnRssFeedInTheEncodingItsDeclarationNames() throws Exception {
        byte[] rss = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Hafenblatt</title>"
                + "<item><title>Fähre läuft wieder aus</title><link>https://hafen.example/faehre</link><guid>hb-1</guid>"
                + "<pubDate>Tue, 03 Dec 2024 08:30:00 GMT</pubDate><category>Verkehr</category>"
                + "<description>Die Fähre nach Velmar läuft wieder aus.</description></item></channel></rss>")
                .getBytes(StandardCharsets.ISO_8859_1);
        FeedParser.Feed feed = parser.parseFeed(rss);
        assertEquals("Hafenblatt", feed.title());
        FeedEntry entry = feed.entries().get(0);
        assertEquals("Fähre läuft wieder aus", entry.title());
        assertEquals("https://hafen.example/faehre", entry.link());
        assertEquals(List.of("Verkehr"), entry.categories());
        assertTrue(entry.published().contains("2024"), entry.published());
    }

    @Test
    void shouldReadAnAtomEntryWithItsAuthorAndFullContent() throws Exception {
        byte[] atom = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Wire</title>"
                + "<entry><id>urn:hw:1</id><title>Ferry timetable approved</title><link rel=\"alternate\" href=\"https://hw.example/1\"/>"
                + "<updated>2024-12-03T08:30:00Z</updated><author><name>Clara Vennstrom</name></author>"
                + "<content type=\"html\">&lt;p&gt;" + "The harbour board approved the ferry timetable on Monday. ".repeat(20)
                + "&lt;/p&gt;</content></entry></feed>").getBytes(StandardCharsets.UTF_8);
        FeedEntry entry = parser.parse(atom).get(0);
        assertEquals("urn:hw:1", entry.id());
        assertEquals(List.of("Clara Vennstrom"), entry.authors());
        assertTrue(entry.content().contains("ferry timetable"), entry.content());
    }

    @Test
    void shouldRefuseBytesThatAreNoFeed() {
        assertThrows(FeedParser.MalformedFeedException.class, () -> parser.parse("<html><body>Not a feed".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReadAnEmptyChannelAsNoEntries() throws Exception {
        byte[] rss = "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        assertFalse(parser.parseFeed(rss).title().isEmpty());
        assertEquals(List.of(), parser.parse(rss));
    }
}
