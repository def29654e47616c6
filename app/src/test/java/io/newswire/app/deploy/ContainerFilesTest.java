package io.newswire.app.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What `docker-compose config` cannot check: that the broker's data lands on its volume, and the image's user. */
class ContainerFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void shouldKeepTheBrokerLogDirectoryOnTheMountedVolume() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        Matcher logDirs = Pattern.compile("KAFKA_LOG_DIRS:\\s*(\\S+)").matcher(compose);
        Matcher volume = Pattern.compile("- kafka-data:(\\S+)").matcher(compose);
        assertTrue(logDirs.find() && volume.find(), "KAFKA_LOG_DIRS and the kafka-data volume must both be set");
        assertEquals(volume.group(1), logDirs.group(1));
        assertTrue(compose.contains("CLUSTER_ID:"), "a fixed CLUSTER_ID keeps the volume's data across restarts");
    }

    @Test
    void shouldBuildEveryServiceOfOursAndRunItAsANonRootUser() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertEquals(countOf(compose, "image: newswire:latest"), countOf(compose, "build: ."));
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        assertTrue(user.find() && !user.group(1).equals("root") && !user.group(1).equals("0"), "the image must not run as root");
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
