package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance story: the two shared seed articles, run through the whole topology after our own
 * samples, come out with the people, places, organisations, quotations and near-duplicate marks a
 * reader would expect. Reads ../shared/seeds when present (it is in CI).
 */
class SeedEnrichmentTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");

    @TempDir
    static Path stateDir;

    private static Article first;
    private static Article second;
    private static List<Article> samples;

    @BeforeAll
    static void pipeSamplesThenSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the repository");
        try (TestPipeline pipeline = new TestPipeline(stateDir); Stream<Path> files = Files.walk(Path.of("../samples"))) {
            for (Path sample : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                pipeline.pipe(sample.getFileName().toString(), Files.readAllBytes(sample));
            }
            pipeline.pipe("seed-000", Files.readAllBytes(SEEDS.resolve("000_51106e80349272ef.txt")));
            pipeline.pipe("seed-004", Files.readAllBytes(SEEDS.resolve("004_6d807681d417c76a.txt")));
            Map<String, Article> out = pipeline.enriched.readKeyValuesToMap();
            first = out.remove("seed-000");
            second = out.remove("seed-004");
            samples = List.copyOf(out.values());
        }
    }

    private static Set<String> names(String type) {
        return Stream.of(first, second).flatMap(a -> a.getEntities().stream())
                .filter(e -> e.getType().equals(type)).map(Entity::getName).collect(Collectors.toSet());
    }

    private static Entity entity(Article article, String name) {
        return article.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + article.getEntities()));
    }

    @Test
    void shouldFindThePeople() {
        assertTrue(names("PERSON").containsAll(Set.of("Rex Tillerson", "Vladimir Putin", "Sergei Lavrov", "Donald Trump",
                "Bashar al-Assad", "Nikki Haley")), names("PERSON").toString());
    }

    @Test
    void shouldMergeBothSpellingsOfLavrovIntoOneEntity() {
        assertEquals(entity(first, "Sergei Lavrov").getId(), entity(second, "Sergei Lavrov").getId());
        assertTrue(entity(second, "Sergei Lavrov").getSurfaceForms().contains("Sergey Lavrov"));
        assertTrue(entity(first, "Sergei Lavrov").getSurfaceForms().contains("Sergei Lavrov"));
    }

    @Test
    void shouldResolveSurnameOnlyMentions() {
        assertTrue(entity(first, "Rex Tillerson").getSurfaceForms().contains("Tillerson"));
        assertTrue(entity(second, "Donald Trump").getSurfaceForms().contains("Trump"));
    }

    @Test
    void shouldFindThePlacesWithTheirVariantsMerged() {
        assertTrue(names("LOCATION").containsAll(Set.of("Syria", "Russia", "United States", "Moscow")), names("LOCATION").toString());
        assertTrue(entity(first, "Russia").getSurfaceForms().contains("Russian Federation"));
        assertTrue(entity(first, "United States").getSurfaceForms().containsAll(List.of("US", "U.S.", "USA", "United States")));
    }

    @Test
    void shouldFindTheOrganisations() {
        assertTrue(names("ORGANIZATION").containsAll(Set.of("United Nations", "NATO")), names("ORGANIZATION").toString());
    }

    @Test
    void shouldAttributeQuotationsToTheirSpeakers() {
        Set<String> speakers = Stream.of(first, second).flatMap(a -> a.getQuotations().stream())
                .map(q -> q.getSpeakerId()).filter(s -> s != null).collect(Collectors.toSet());
        assertTrue(speakers.contains("donald-trump"), speakers.toString());
        assertTrue(speakers.contains("nikki-haley"), speakers.toString());
        assertTrue(speakers.stream().anyMatch(s -> s.contains("putin")), speakers.toString());
        Set<String> people = Stream.of(first, second).flatMap(a -> a.getEntities().stream())
                .filter(e -> e.getType().equals("PERSON")).map(e -> e.getId()).collect(Collectors.toSet());
        assertTrue(people.containsAll(speakers), speakers + " not all among " + people);
    }

    @Test
    void shouldMarkSecondSeedAsSharingPassagesWithFirstWithoutCallingItADuplicate() {
        assertNull(second.getDuplicateOf());
        assertEquals("seed-000", second.getSharedPassages().get(0).getArticleId());
        double share = second.getSharedPassages().get(0).getShare();
        assertTrue(share > 0 && share < 0.5, String.valueOf(share));
    }

    @Test
    void shouldNotMarkSeedsAsDuplicatesOfUnrelatedSamples() {
        assertNull(first.getDuplicateOf());
        Set<String> sampleIds = samples.stream().map(Article::getId).collect(Collectors.toSet());
        assertTrue(!sampleIds.contains(second.getDuplicateOf()));
    }

    @Test
    void shouldPutSeedsInPoliticsAndConflict() {
        for (Article seed : List.of(first, second)) {
            Set<String> codes = seed.getCategories().stream().map(c -> c.getCode()).collect(Collectors.toSet());
            assertTrue(codes.containsAll(Set.of("politics", "conflict")), codes.toString());
        }
    }

    @Test
    void shouldDetectEnglish() {
        assertEquals("en", first.getLanguage());
        assertEquals("en", second.getLanguage());
    }

    @Test
    void shouldGiveSamplesOfOneEventTheSameLeadingCategory() {
        Map<String, String> lead = samples.stream().collect(Collectors.toMap(Article::getTitle,
                a -> a.getCategories().isEmpty() ? "-" : a.getCategories().get(0).getCode(), (a, b) -> a));
        assertEquals("disaster", lead.get("Storm Aurelia floods Po valley towns as rivers burst their banks"));
        assertEquals("sport", lead.get("Okafor the hero as Rovers snatch cup final at Wembley"));
        assertEquals("economy", lead.get("Lagarde signals more cuts after ECB lowers deposit rate to 3%"));
        assertTrue(Function.<String>identity().apply(lead.get("Webb telescope finds water vapour on a temperate exoplanet")).equals("science"));
    }
}
