package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.avro.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two shared seed articles, read from ../shared/seeds when it is there (it is in CI). */
class SeedAcceptanceTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");

    @TempDir
    Path stateDir;

    /** The seed form: first non-empty line is the title, or the third after "Published:" and the byline. */
    private static List<String> nonEmptyLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void shouldParseBothSeedArticles() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the repository");
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("000", Files.readAllBytes(SEEDS.resolve("000_51106e80349272ef.txt")));
            pipeline.pipe("004", Files.readAllBytes(SEEDS.resolve("004_6d807681d417c76a.txt")));
            List<Article> articles = pipeline.enriched.readValuesToList();
            assertEquals(2, articles.size());
            Article first = articles.get(0);
            Article second = articles.get(1);
            // Expected titles are read from the seeds themselves: their text is not copied into the project.
            assertEquals(nonEmptyLines(SEEDS.resolve("000_51106e80349272ef.txt")).get(0), first.getTitle());
            assertEquals(nonEmptyLines(SEEDS.resolve("004_6d807681d417c76a.txt")).get(2), second.getTitle());
            assertEquals(LocalDate.of(2017, 4, 19), second.getPublishedDate());
            assertEquals("World", second.getSection());
            assertEquals(List.of("Paul Elliott"), second.getAuthors());
            assertNotNull(first.getBody());
            for (Article article : articles) {
                assertFalse(article.getBody().contains("Adjust Comment Print"));
                assertFalse(article.getBody().contains("More news:"));
                assertFalse(article.getBody().contains("Like this:"));
                assertFalse(article.getBody().contains(article.getTitle()));
            }
        }
    }
}
