package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicateTopologyTest {

    private static final String SHARED = "The harbour authority approved a second container terminal on Tuesday after a year of talks "
            + "with the dock unions and the regional council, ending one of the longest disputes in the port's history.";

    @TempDir
    Path stateDir;

    private static byte[] article(String title, String body) {
        return (title + "\n\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReportAPassageSharedWithAnotherArticleWithoutCallingItADuplicate() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("a", article("Port approves terminal", SHARED + " Work starts in September."));
            pipeline.pipe("c", article("Ferry fares to rise in spring", "The island ferry company will raise its fares by a tenth in "
                    + "March, blaming fuel costs and the repairs to its oldest vessel, and passengers' groups said they would appeal "
                    + "to the regional council before the new timetable is printed. " + SHARED + " The company said the new "
                    + "terminal would not change its routes, which have served the same four harbours since the nineteen sixties."));
            Article c = pipeline.enriched.readKeyValuesToMap().get("c");
            assertNull(c.getDuplicateOf());
            assertEquals(1, c.getSharedPassages().size());
            assertEquals("a", c.getSharedPassages().get(0).getArticleId());
            double share = c.getSharedPassages().get(0).getShare();
            assertTrue(share > 0.1 && share < 0.8, "share " + share);
        }
    }

    @Test
    void shouldMarkAnArticleThatIsMostlyAnothersTextAsItsDuplicate() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("a", article("Port approves terminal", SHARED + " Work starts in September."));
            pipeline.pipe("b", article("Terminal gets green light", "Dock workers cheered. " + SHARED));
            Map<String, Article> out = pipeline.enriched.readKeyValuesToMap();
            assertNull(out.get("a").getDuplicateOf());
            assertEquals("a", out.get("b").getDuplicateOf());
            assertTrue(out.get("b").getSharedTextShare() >= 0.8, "share " + out.get("b").getSharedTextShare());
            assertTrue(out.get("b").getSharedPassages().isEmpty());
        }
    }

    @Test
    void shouldLogEachArticlesFingerprintAndStoryAsOneChangelogRecord() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("a", article("Port approves terminal", SHARED));
            String changelog = pipeline.driver.producedTopicNames().stream()
                    .filter(name -> name.endsWith("-" + ArticleMemories.STORE + "-changelog")).findFirst().orElseThrow();
            List<KeyValue<String, ArticleMemory>> logged = pipeline.driver.createOutputTopic(changelog,
                    Serdes.String().deserializer(), ArticleMemory.serde().deserializer()).readKeyValuesToList();
            assertEquals(1, logged.size());
            assertEquals("a", logged.get(0).key);
            assertNotNull(logged.get(0).value.fingerprint());
            assertEquals(pipeline.enriched.readValue().getStoryId(), logged.get(0).value.storyId());
        }
    }

    @Test
    void shouldNotMarkUnrelatedArticle() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("a", article("Port approves terminal", SHARED));
            pipeline.pipe("c", article("Comet seen over the hills", "Astronomers in the valley photographed a bright comet low "
                    + "on the horizon shortly before dawn, and expect it to be visible for another week."));
            assertNull(pipeline.enriched.readKeyValuesToMap().get("c").getDuplicateOf());
        }
    }

    @Test
    void shouldNotMarkReingestedArticleAsDuplicateOfItself() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("a", article("Port approves terminal", SHARED));
            pipeline.pipe("a", article("Port approves terminal", SHARED));
            pipeline.enriched.readValuesToList().forEach(a -> assertNull(a.getDuplicateOf()));
        }
    }

    @Test
    void shouldCarryEnrichmentOnEveryArticle() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.pipe("a", article("Port approves terminal", SHARED));
            Article a = pipeline.enriched.readValue();
            assertEquals("en", a.getLanguage());
            assertTrue(a.getFingerprint().getShingles() > 20);
            assertTrue(!a.getKeywords().isEmpty());
            assertTrue(a.getTone().getWordCount() > 20);
        }
    }
}
