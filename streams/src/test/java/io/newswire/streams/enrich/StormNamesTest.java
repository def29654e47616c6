package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StormNamesTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private Segment stormOf(String language, String body, String word) {
        AnalyzedText text = analyzer.analyze("", body);
        Token token = text.tokens().stream().filter(t -> t.text().equals(word)).reduce((a, b) -> b).orElseThrow();
        return StormNames.in(text, LanguageProfile.of(language)).storm(new Segment(Segment.Kind.UNKNOWN, List.of(token), null), LanguageProfile.of(language));
    }

    @Test
    void shouldTakeTheNameAfterAStormNounAsTheStormWhereverTheArticleWritesIt() {
        Segment storm = stormOf("it", "L'uragano Sandy ha colpito la costa. Dopo Sandy, milioni di persone sono senza corrente.", "Sandy");
        assertEquals("Sandy", storm.surface());
    }

    @Test
    void shouldLeaveANameOfSeveralWordsAfterAStormNounAlone() {
        assertNull(stormOf("en", "Fans of the Storm Shadow Fund met in London.", "Shadow"));
    }
}
