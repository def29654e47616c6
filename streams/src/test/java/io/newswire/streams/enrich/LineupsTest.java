package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineupsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final NameChunker chunker = new NameChunker(Gazetteer.get(), WordStats.get());
    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());

    /** Whether the name's first mention lies in a line-up the text holds. */
    private boolean inLineup(String body, String name) {
        AnalyzedText text = analyzer.analyze("", body);
        LanguageProfile spanish = LanguageProfile.of("es");
        List<List<Segment>> runs = chunker.chunk(text, spanish);
        Lineups lineups = Lineups.find(text, runs, word -> Morphology.lexicon("es").ordinaryWord(word));
        Segment segment = runs.stream().flatMap(List::stream).filter(s -> s.surface().equals(name)).findFirst().orElseThrow();
        return lineups.holds(segment);
    }

    @Test
    void shouldFindTheNamesOfATeamsLineup() {
        assertTrue(inLineup("3 - Rivendel: Zorbak, Quintero (Ulloa, m.83), Marvelo, Tibursio, Anselmo Prat y Velkor.", "Tibursio"));
    }

    @Test
    void shouldNotTakeAListOfKnownPlacesForALineup() {
        assertFalse(inLineup("Sedes del torneo: Madrid, Sevilla, Valencia, Bilbao, Zaragoza y Zorbak.", "Zorbak"));
    }

    @Test
    void shouldNotTakeAListOfTitlesForALineup() {
        assertFalse(inLineup("Ganó los títulos en liza: Liga, Copa de Europa, Copa del Rey, Supercopa y Zorbak.", "Zorbak"));
    }

    @Test
    void shouldNotTakeAShortListForALineup() {
        assertFalse(inLineup("Goles: Zorbak, Quintero y Marvelo.", "Quintero"));
    }

    @Test
    void shouldTypeAPlayerNoListKnowsAsAPerson() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("",
                "3 - Rivendel: Zorbak, Quintero (Ulloa, m.83), Marvelo, Tibursio, Anselmo Prat y Velkor."), LanguageProfile.of("es"));
        assertEquals(EntityType.PERSON, entities.stream().filter(e -> e.name().equals("Tibursio")).findFirst().orElseThrow().type());
    }
}
