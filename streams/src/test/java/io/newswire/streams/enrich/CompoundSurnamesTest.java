package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundSurnamesTest {


    @Test
    void shouldJoinBothSurnamesWrittenAloneToThePersonNamedInFull() {
        List<ExtractedEntity> entities = Extracted.in("es", "La abogada Yadira Cepeda Sosa habló el lunes en Victoria. "
                + "Según Cepeda Sosa, los tribunales siguen cerrados por la pandemia.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Cepeda Sosa")), entities.toString());
        assertEquals(2, entities.stream().filter(e -> e.name().equals("Yadira Cepeda Sosa")).findFirst().orElseThrow().mentions());
    }

    @Test
    void shouldJoinASurnameWithItsParticleToThePersonNamedInFull() {
        List<ExtractedEntity> entities = Extracted.in("es", "El subsecretario Sergio De Cicco juró el martes en Rawson. "
                + "Para De Cicco, el ciclo lectivo empezará en marzo.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("De Cicco")), entities.toString());
    }
}
