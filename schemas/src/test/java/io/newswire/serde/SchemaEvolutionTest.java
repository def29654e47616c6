package io.newswire.serde;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.registry.CompatibilityLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build-time BACKWARD check: every schema in src/main/avro must read data written by every
 * released version kept in history/. Release a schema change by adding its snapshot there.
 */
class SchemaEvolutionTest {

    static Stream<Path> currentSchemas() throws IOException {
        return Files.list(Path.of("src/main/avro")).filter(p -> p.toString().endsWith(".avsc")).sorted();
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void shouldStayBackwardCompatibleWithEveryReleasedVersion(Path current) throws Exception {
        String name = current.getFileName().toString().replace(".avsc", "");
        // The generated class carries the schema with every referenced record inlined.
        Schema schema = org.apache.avro.specific.SpecificData.get().getSchema(Class.forName("io.newswire.avro." + name));
        List<Schema> released;
        try (Stream<Path> history = Files.list(Path.of("history"))) {
            released = history.filter(p -> p.getFileName().toString().startsWith(name + "-v")).sorted()
                    .map(SchemaEvolutionTest::parse).toList();
        }
        assertFalse(released.isEmpty(), "history/ has no released version of " + name + ": add " + name + "-v1.avsc");
        assertNull(CompatibilityLevel.BACKWARD_TRANSITIVE.firstIncompatibility(schema, released));
    }

    private static Schema parse(Path path) {
        try {
            return new Schema.Parser().parse(path.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
