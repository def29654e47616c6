package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.config.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("sources.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void shouldReadFeedsAndPaths() throws IOException {
        SourcesFile.Sources sources = SourcesFile.read(write("""
                sources:
                  - name: coastal-herald
                    url: https://coastal.example/rss
                    interval: 10m
                    fetch_full_pages: true
                  - url: https://river.example/atom.xml
                  - name: archive
                    path: articles
                """));
        assertEquals(2, sources.feeds().size());
        assertEquals("coastal-herald", sources.feeds().get(0).name());
        assertEquals(Duration.ofMinutes(10), sources.feeds().get(0).interval());
        assertTrue(sources.feeds().get(0).fetchFullPages());
        assertEquals(null, sources.feeds().get(1).name(), "an unnamed feed is named by its own title when polled");
        assertTrue(sources.feeds().get(1).fetchFullPages(), "teasers are replaced by their pages unless turned off");
        assertEquals(dir.resolve("articles"), sources.paths().get(0));
    }

    @Test
    void shouldNameTheSourceThatIsWrong() throws IOException {
        Path file = write("sources:\n  - name: a\n    url: https://a.example/rss\n  - name: b\n    kind: feed\n");
        UserFacingException e = assertThrows(UserFacingException.class, () -> SourcesFile.read(file));
        assertTrue(e.getMessage().endsWith("source 2: a feed needs a 'url'"), e.getMessage());
    }

    @Test
    void shouldRejectBadInterval() throws IOException {
        Path file = write("sources:\n  - url: https://a.example/rss\n    interval: often\n");
        assertThrows(UserFacingException.class, () -> SourcesFile.read(file));
    }
}
