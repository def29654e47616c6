package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins processor, store and topic names: a renamed node loses state on upgrade, so any change here
 * must be deliberate. Regenerate with -Dnewswire.golden.update=true and review the diff.
 */
class TopologyGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/topology.golden.txt");

    @Test
    void shouldMatchCheckedInTopologyDescription() throws IOException {
        NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient());
        String described = NewswireTopology.build(topics, TopologySettings.defaults()).describe().toString();
        if (Boolean.getBoolean("newswire.golden.update")) {
            Files.writeString(GOLDEN, described);
        }
        assertEquals(Files.readString(GOLDEN), described);
    }
}
