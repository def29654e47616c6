package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EponymsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldNotTakeTheNameOfAScaleForAPerson() {
        List<ExtractedEntity> entities = Extracted.in("it", "Un sisma di magnitudo 6.1 sulla scala Richter ha colpito ieri la costa del Cile.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), entities.toString());
    }

    @Test
    void shouldNotTakeALawForAThingNamedAfterAPerson() {
        AnalyzedText text = analyzer.analyze("", "Il Senato discute la retroattività della legge Severino sulle pensioni.");
        Token severino = text.tokens().stream().filter(t -> t.text().equals("Severino")).findFirst().orElseThrow();
        assertFalse(Eponyms.after(text, severino, LanguageProfile.of("it")));
    }
}
