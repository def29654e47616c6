package io.newswire.streams.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.avro.Keyword;
import io.newswire.avro.internal.CatalogueChange;
import io.newswire.avro.internal.CatalogueChanges;
import io.newswire.avro.internal.StoryActivity;
import io.newswire.avro.internal.StoryState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.streams.ArticleMemories;
import io.newswire.streams.entities.LinkedArticle;
import io.newswire.streams.stories.ClusteringResult;
import io.newswire.streams.stories.StoryModel;
import io.newswire.topics.NewswireTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clustering processor alone: a fixed-key processor, so it runs in a one-node topology (the test utilities have no
 * mock context for fixed-key processors). Its results are summarised as text to read them from an output topic.
 */
class StoryClusteringProcessorTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final List<CatalogueChanges> LEARNED = List.of(new CatalogueChanges("en", List.of(new CatalogueChange("lindenholm", null))));

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> in;
    private TestOutputTopic<String, String> out;
    private List<CatalogueChanges> changes = LEARNED;
    /* What happens to the article before the processor: set to lose a required field, as a bug upstream would. */
    private boolean losesEntities;

    @BeforeEach
    void setUp() {
        NewswireTopics topics = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient());
        Serde<Article> articles = topics.storeSerde();
        Serde<StoryState> states = topics.storeSerde();
        Serde<StoryActivity> activities = topics.storeSerde();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), articles))
                .mapValues(article -> new LinkedArticle(upstream(article), changes))
                .processValues(StoryClusteringProcessor.supplier(StoryModel.shipped(), Duration.ofHours(72),
                        states, activities, ArticleMemories.storeBuilder()))
                .mapValues(StoryClusteringProcessorTest::summary)
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "clustering-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:0");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // As live, where the dead-letter handler continues: what the processor forwarded before it threw is kept.
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        driver = new TopologyTestDriver(builder.build(), config);
        in = driver.createInputTopic("in", Serdes.String().serializer(), articles.serializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.String().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private static String summary(ClusteringResult result) {
        return (result.article() == null ? "no article" : "article in " + (result.article().getStoryId() == null ? "no story" : "a story"))
                + ", " + result.events().size() + " events, catalogue " + result.catalogueChanges();
    }

    private static Article article(String id) {
        return Article.newBuilder().setId(id).setSource("outlet").setTitle("Title " + id).setBody("body")
                .setIngestedAt(T0).setEventTime(T0).setLanguage("en")
                .setEntities(List.of(Entity.newBuilder().setId("lindenholm").setName("Lindenholm").setType("LOCATION")
                        .setMentions(2).setSalience(1.0).build()))
                .setKeywords(List.of(new Keyword("flood", 1.0), new Keyword("river", 1.0)))
                .build();
    }

    private Article upstream(Article article) {
        if (losesEntities) {
            article.setEntities(null);
        }
        return article;
    }

    @Test
    void shouldForwardTheArticleInItsStoryWithItsCatalogueChanges() {
        in.pipeInput("en", article("a1"), T0);
        assertEquals(List.of("article in a story, 1 events, catalogue " + LEARNED), out.readValuesToList());
    }

    @Test
    void shouldPassOnTheCatalogueChangesOfAnArticleThatFailsToCluster() {
        losesEntities = true;
        in.pipeInput("en", article("a1"), T0);
        assertEquals(List.of("no article, 0 events, catalogue " + LEARNED), out.readValuesToList());
    }

    @Test
    void shouldForwardNothingForAFailingArticleThatChangedNoCatalogue() {
        changes = List.of();
        losesEntities = true;
        in.pipeInput("en", article("a1"), T0);
        assertTrue(out.isEmpty());
    }
}
