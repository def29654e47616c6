package io.newswire.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void shouldRunTheTopologyStepForALatencyStepNamedAlone() {
        assertEquals(Set.of("latency", "topology"), BenchCommand.withPrerequisites(List.of("latency")));
    }

    @Test
    void shouldKeepTheStepsAskedForOtherwise() {
        assertEquals(Set.of("enrich", "clustering"), BenchCommand.withPrerequisites(List.of("enrich", "clustering")));
    }
}
