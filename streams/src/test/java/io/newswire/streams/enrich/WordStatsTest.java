package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordStatsTest {

    private final WordStats words = WordStats.get();

    @Test
    void shouldGiveAFunctionWordTheLargestDocumentFrequency() {
        assertEquals(words.priorDocuments(), words.priorDocumentFrequency("the"));
        assertTrue(words.priorDocumentFrequency("government") > 0);
    }

    @Test
    void shouldGiveAWordTheCorpusNeverHadNoDocumentFrequency() {
        assertEquals(0, words.priorDocumentFrequency("zxqvwkj"));
        assertFalse(words.isAlsoOrdinaryWord("Zxqvwkj"));
    }

    @Test
    void shouldTellASentenceOpenerFromAName() {
        assertTrue(words.isCommonWord("Many"));
        assertFalse(words.isCommonWord("Moscow"));
    }
}
