package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.avro.StoryEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance story for stories: both seeds become one story on the topics a reader expects. */
class SeedStoryTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");

    @TempDir
    static Path stateDir;

    private static List<StoryEvent> events;
    private static List<StoryEvent> syria;
    private static List<StoryEvent> sport;

    @BeforeAll
    static void pipeSamplesRuleAndSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the repository");
        try (TestPipeline pipeline = new TestPipeline(stateDir); Stream<Path> files = Files.walk(Path.of("../samples"))) {
            Instant at = Instant.parse("2024-11-20T08:00:00Z");
            for (Path sample : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                at = at.plus(Duration.ofMinutes(5));
                pipeline.pipe(sample.getFileName().toString(), Files.readAllBytes(sample), at);
            }
            pipeline.addRule("syria", "entity:Syria");
            pipeline.pipe("seed-000", Files.readAllBytes(SEEDS.resolve("000_51106e80349272ef.txt")), at.plus(Duration.ofMinutes(5)));
            pipeline.pipe("seed-004", Files.readAllBytes(SEEDS.resolve("004_6d807681d417c76a.txt")), at.plus(Duration.ofMinutes(30)));
            events = pipeline.events.readValuesToList();
            syria = pipeline.perTopic("syria").readValuesToList();
            sport = pipeline.perTopic("sport").readValuesToList();
        }
    }

    private static Set<String> storiesOf(String articleId) {
        return events.stream().filter(e -> articleId.equals(e.getArticleId())).map(e -> e.getStory().getId()).collect(Collectors.toSet());
    }

    @Test
    void shouldMakeBothSeedsOneStory() {
        assertEquals(1, storiesOf("seed-000").size());
        assertEquals(storiesOf("seed-000"), storiesOf("seed-004"));
        StoryEvent added = events.stream().filter(e -> "seed-004".equals(e.getArticleId())).findFirst().orElseThrow();
        assertEquals("ARTICLE_ADDED", added.getType());
        assertEquals(2, added.getStory().getArticleCount());
    }

    @Test
    void shouldGiveTheStorysPlacesTheirCountries() {
        StoryEvent added = events.stream().filter(e -> "seed-004".equals(e.getArticleId())).findFirst().orElseThrow();
        var syriaEntity = added.getStory().getTopEntities().stream().filter(e -> e.getId().equals("syria")).findFirst().orElseThrow();
        assertEquals("SY", syriaEntity.getCountryCode());
        assertTrue(added.getStory().getTopEntities().stream().filter(e -> !"LOCATION".equals(e.getType()))
                .allMatch(e -> e.getCountryCode() == null));
    }

    @Test
    void shouldRouteTheStoryToTheSyriaRuleTopic() {
        assertTrue(syria.stream().anyMatch(e -> "seed-000".equals(e.getArticleId())));
        assertTrue(syria.stream().anyMatch(e -> "seed-004".equals(e.getArticleId())));
    }

    @Test
    void shouldRouteTheStoryToPoliticsAndConflictButNotSport() {
        Set<String> topics = events.stream().filter(e -> "seed-004".equals(e.getArticleId()))
                .flatMap(e -> e.getStory().getTopics().stream()).collect(Collectors.toSet());
        assertTrue(topics.containsAll(Set.of("politics", "conflict", "syria")), topics.toString());
        assertFalse(topics.contains("sport"));
        assertTrue(sport.stream().noneMatch(e -> e.getArticleId() != null && e.getArticleId().startsWith("seed")));
    }

    @Test
    void shouldKeepUnrelatedSamplesOutOfTheSeedStory() {
        String seedStory = storiesOf("seed-000").iterator().next();
        Set<String> members = events.stream().filter(e -> e.getStory().getId().equals(seedStory))
                .flatMap(e -> e.getStory().getArticleIds().stream()).collect(Collectors.toSet());
        assertEquals(Set.of("seed-000", "seed-004"), members);
    }
}
