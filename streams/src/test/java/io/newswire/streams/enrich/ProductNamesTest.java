package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductNamesTest {

    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private Optional<ExtractedEntity> named(String language, String body, String name) {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("", body), LanguageProfile.of(language));
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void shouldNotTakeAMakerAndAModelWithADigitForAPerson() {
        assertEquals(EntityType.MISC, named("en", "The driver of an Audi A3 hit a parked van on Tuesday.", "Audi A3").orElseThrow().type());
    }

    @Test
    void shouldStillTakeAGivenNameAndSurnameForAPerson() {
        assertEquals(EntityType.PERSON, named("en", "The driver, Audrey Mondeo, hit a parked van on Tuesday.", "Audrey Mondeo").orElseThrow().type());
    }
}
