package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinaryWordNamesTest {

    @Test
    void shouldLeaveOutAnOrdinaryWordCapitalisedOnceInsideAnInstitutionsName() {
        List<ExtractedEntity> entities = Extracted.in("fr", "Les résultats ont été transmis mardi à la direction générale de l'Alimentation, "
                + "qui dépend du ministère.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Alimentation")), entities.toString());
    }

    @Test
    void shouldKeepAnOrdinaryWordTheArticleWritesAsANameMoreThanOnce() {
        List<ExtractedEntity> entities = Extracted.in("fr", "Les deux pays sont voisins dans l'Arctique. "
                + "La coopération dans l'Arctique reste difficile, selon le ministre.");
        assertTrue(entities.stream().anyMatch(e -> e.name().equals("Arctique")), entities.toString());
    }
}
