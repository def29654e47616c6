package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void shouldGiveTheSameContentIdWhateverTheWhitespace() {
        assertEquals(ArticleIds.contentId("Port strike ends.\n\nCrews are back."), ArticleIds.contentId("  Port strike ends. Crews\tare back. "));
    }
}
