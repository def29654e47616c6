package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.producer.SourcesFile;
import io.newswire.producer.feeds.FeedSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The curated feed lists in sources/ (these machines cannot reach the feeds: their form is what is tested). */
class SourceListsTest {

    private static final Path DIR = Path.of("..", "sources");
    private static final Set<String> TIER = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "ru");

    private static List<Path> lists() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static JsonNode entries(Path list) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(list.toFile()).get("sources");
    }

    @Test
    void shouldHaveAWorldListAndOneListPerTierLanguage() throws IOException {
        Set<String> names = new HashSet<>();
        lists().forEach(l -> names.add(l.getFileName().toString().replace(".yaml", "")));
        Set<String> expected = new HashSet<>(TIER);
        expected.add("world");
        assertEquals(expected, names);
    }

    @Test
    void shouldReadEveryListAsIngestReadsIt() throws IOException {
        for (Path list : lists()) {
            SourcesFile.Sources sources = SourcesFile.read(list);
            assertFalse(sources.feeds().isEmpty(), list.toString());
            assertTrue(sources.paths().isEmpty(), list + " lists paths");
            for (FeedSource feed : sources.feeds()) {
                URI uri = URI.create(feed.url());
                assertEquals("https", uri.getScheme(), feed.url());
                assertTrue(uri.getHost() != null && uri.getHost().contains("."), feed.url());
            }
        }
    }

    @Test
    void shouldNameTheOutletAndLanguageOfEveryFeed() throws IOException {
        for (Path list : lists()) {
            String code = list.getFileName().toString().replace(".yaml", "");
            for (JsonNode entry : entries(list)) {
                assertFalse(entry.path("outlet").asText("").isBlank(), list + ": " + entry);
                String language = entry.path("language").asText("");
                assertTrue(TIER.contains(language), list + ": language '" + language + "' in " + entry);
                if (!code.equals("world")) {
                    assertEquals(code, language, list + ": " + entry);
                }
            }
        }
    }

    @Test
    void shouldListEachFeedAndSourceNameOnce() throws IOException {
        Set<String> urls = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Path list : lists()) {
            for (JsonNode entry : entries(list)) {
                assertTrue(urls.add(entry.get("url").asText()), "twice: " + entry.get("url"));
                assertTrue(names.add(entry.get("name").asText()), "twice: " + entry.get("name"));
            }
        }
    }
}
