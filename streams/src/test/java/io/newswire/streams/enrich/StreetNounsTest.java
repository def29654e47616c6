package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StreetNounsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldTakeAStreetNamedAfterACityForTheStreet() {
        List<ExtractedEntity> entities = Extracted.in("it", "Ieri sera un incendio è scoppiato in via Padova, a Milano, in un palazzo di sei piani.");
        ExtractedEntity street = Extracted.named(entities, "via Padova");
        assertEquals(EntityType.LOCATION, street.type());
        assertTrue(entities.stream().noneMatch(e -> e.id().equals("padua") || e.name().equals("Padova")), entities.toString());
    }

    @Test
    void shouldTakeASquareNamedAfterAPersonForThePlace() {
        List<ExtractedEntity> entities = Extracted.in("fr", "Les manifestants se sont rassemblés mardi rue de Rivoli, puis avenue Foch, à Paris.");
        assertEquals(EntityType.LOCATION, Extracted.named(entities, "avenue Foch").type());
        assertEquals(EntityType.LOCATION, Extracted.named(entities, "rue de Rivoli").type());
    }

    @Test
    void shouldNotTakeAnOrdinaryPhraseWithOfForAStreet() {
        List<ExtractedEntity> entities = Extracted.in("it", "Il test è stato fatto nel corso dei Campionati Europei di Kiev.");
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("corso")), entities.toString());
    }

    @Test
    void shouldKnowTheStreetNounsOnlyInTheirLanguages() {
        AnalyzedText text = analyzer.analyze("", "The via Appia was built by the Romans.");
        Token appia = text.tokens().stream().filter(t -> t.text().equals("Appia")).findFirst().orElseThrow();
        assertEquals(-1, StreetNouns.start(text, appia, LanguageProfile.english()));
    }

    @Test
    void shouldTakeACapitalisedPlaceNounAndTheKnownNameAfterItForOnePlace() {
        List<ExtractedEntity> entities = Extracted.in("it", "Centinaia di persone si sono radunate in Piazza San Pietro non appena la notizia si è diffusa.");
        assertEquals(EntityType.LOCATION, Extracted.named(entities, "Piazza San Pietro").type());
    }
}
