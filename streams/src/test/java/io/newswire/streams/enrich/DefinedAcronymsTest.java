package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinedAcronymsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());

    @Test
    void shouldReadAnAcronymOfTheCapitalisedWordsInBracketsAfterAName() {
        AnalyzedText text = analyzer.analyze("", "Es campeón de la Federación Internacional de Lucha Libre (FILL) desde 2005.");
        Segment name = Mentions.segment(text, "Federación", "Internacional", "de", "Lucha", "Libre");
        assertEquals("FILL", DefinedAcronyms.definedAfter(text, name, LanguageProfile.of("es")));
    }

    @Test
    void shouldReadAnAcronymOfEveryWordButTheStopwords() {
        AnalyzedText text = analyzer.analyze("", "Le siège de l'Organisation des Nations unies (ONU) est à New York.");
        Segment name = Mentions.segment(text, "Organisation", "des", "Nations", "unies");
        assertEquals("ONU", DefinedAcronyms.definedAfter(text, name, LanguageProfile.of("fr")));
    }

    @Test
    void shouldNotReadAnAcronymThatSpellsOtherInitials() {
        AnalyzedText text = analyzer.analyze("", "The Free Wrestling Federation (IOC) met on Monday.");
        assertNull(DefinedAcronyms.definedAfter(text, Mentions.segment(text, "Free", "Wrestling", "Federation"), LanguageProfile.english()));
    }

    @Test
    void shouldMakeTheDefinedAcronymAMentionOfTheNameInsteadOfTheListsReading() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("",
                "Barrios fue campeón de la Organización Mundial de Boxeo (OMB) en 2005. La OMB anunció ayer su reglamento."),
                LanguageProfile.of("es"));
        ExtractedEntity boxing = entities.stream().filter(e -> e.id().equals("organizacion-mundial-de-boxeo")).findFirst().orElseThrow();
        assertEquals(3, boxing.mentions());
        assertTrue(entities.stream().noneMatch(e -> e.id().equals("office-of-management-and-budget")), entities.toString());
    }

    @Test
    void shouldMakeAnAcronymThatSpellsTheEndOfALongerNameTheEntityOfThoseWords() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("",
                "Barrios fue campeón Mundial Superpluma de la Organización Mundial de Boxeo (OMB) en 2005. La OMB anunció ayer su reglamento."),
                LanguageProfile.of("es"));
        ExtractedEntity boxing = entities.stream().filter(e -> e.id().equals("organizacion-mundial-de-boxeo")).findFirst().orElseThrow();
        assertEquals(2, boxing.mentions());
        assertTrue(entities.stream().noneMatch(e -> e.id().equals("office-of-management-and-budget")), entities.toString());
    }

    @Test
    void shouldKeepTheEntityOfAnAcronymSpellingANamesEndBesideAnotherDefinition() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("",
                "Chocaron las Fuerzas Armadas Revolucionarias de Colombia (FARC) y Comuneros del Sur del Ejército de Liberación Nacional (ELN)."
                        + " Seis guerrilleros del ELN murieron."), LanguageProfile.of("es"));
        ExtractedEntity rebels = entities.stream().filter(e -> e.id().equals("ejercito-de-liberacion-nacional")).findFirst().orElseThrow();
        assertEquals(2, rebels.mentions());
    }
}
