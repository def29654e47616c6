package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterstitialPagesTest {

    private final InterstitialPages pages = InterstitialPages.load();

    @Test
    void shouldFindTheBotCheckOfAShortPage() {
        assertEquals(Optional.of("checking your browser before accessing"),
                pages.phraseIn("Checking your browser before accessing harbourpost.example. This process is automatic."));
    }

    @Test
    void shouldReadATypographicApostropheAsAPlainOne() {
        assertTrue(pages.phraseIn("Please confirm: I\u2019m not a robot.").isPresent());
    }

    @Test
    void shouldKeepALongArticleThatQuotesSuchAPhrase() {
        String article = "Sites ask readers to tick \"I'm not a robot\" before they read. " + "The harbour board met on Monday. ".repeat(30);
        assertTrue(pages.phraseIn(article).isEmpty());
    }

    @Test
    void shouldKeepAShortArticle() {
        assertTrue(pages.phraseIn("The ferry left Lindenau at noon with 40 passengers on board.").isEmpty());
    }
}
