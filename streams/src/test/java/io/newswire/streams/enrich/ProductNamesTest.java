package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductNamesTest {

    @Test
    void shouldNotTakeAMakerAndAModelWithADigitForAPerson() {
        List<ExtractedEntity> entities = Extracted.in("en", "The driver of an Audi A3 hit a parked van on Tuesday.");
        assertEquals(EntityType.MISC, Extracted.named(entities, "Audi A3").type());
    }

    @Test
    void shouldStillTakeAGivenNameAndSurnameForAPerson() {
        List<ExtractedEntity> entities = Extracted.in("en", "The driver, Audrey Mondeo, hit a parked van on Tuesday.");
        assertEquals(EntityType.PERSON, Extracted.named(entities, "Audrey Mondeo").type());
    }
}
