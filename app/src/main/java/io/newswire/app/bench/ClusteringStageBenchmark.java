package io.newswire.app.bench;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import io.newswire.avro.internal.StoryState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.streams.NewswireTopology;
import io.newswire.streams.StreamsSettings;
import io.newswire.streams.TopicBinding;
import io.newswire.streams.TopologySettings;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import io.newswire.streams.parse.ArticleParser;
import io.newswire.streams.processors.StoryClusteringProcessor;
import io.newswire.topics.NewswireTopics;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The capacity of the per-language stage on its own (entity linking, near-duplicates, clustering, with
 * its RocksDB stores), which one task per language must sustain: the pipeline's
 * {@link NewswireTopology#clusterByLanguage} run by TopologyTestDriver on enriched articles, without a
 * broker or commits. Also reports the story state written per article, which its changelog carries.
 */
public final class ClusteringStageBenchmark {

    /** Articles per second through the stage, and the mean serialised story state per article. */
    public record Result(double articlesPerSecond, double storyStateBytes, int stories) {
    }

    public Result run(int articles, long seed, Path stateDir) {
        String scope = "bench-clustering-" + UUID.randomUUID();
        NewswireConfig config = NewswireConfig.defaults(Map.of("schema.registry.url", "mock://" + scope));
        NewswireTopics topics = NewswireTopics.from(config, InMemorySchemaRegistryClient.forScope(scope));
        List<Article> enriched = enrich(articles, seed);
        StreamsBuilder builder = new StreamsBuilder();
        NewswireTopology.clusterByLanguage(builder.stream(topics.enriched().name(), TopicBinding.consumed(topics.enriched(), "bench-input")),
                topics, TopologySettings.from(config, slug -> { }));
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), StreamsSettings.from(config, topics, stateDir))) {
            TestInputTopic<String, Article> in = driver.createInputTopic(topics.enriched().name(),
                    topics.enriched().keySerde().serializer(), topics.enriched().valueSerde().serializer());
            long start = System.nanoTime();
            for (Article article : enriched) {
                in.pipeInput(article.getLanguage(), article, article.getIngestedAt());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            KeyValueStore<String, StoryState> stories = driver.getKeyValueStore(StoryClusteringProcessor.STORY_STORE);
            Serde<StoryState> serde = topics.storeSerde();
            long bytes = 0;
            int count = 0;
            try (KeyValueIterator<String, StoryState> all = stories.all()) {
                while (all.hasNext()) {
                    bytes += serde.serializer().serialize("bench", all.next().value).length;
                    count++;
                }
            }
            return new Result(articles / seconds, count == 0 ? 0 : bytes / (double) count, count);
        } finally {
            InMemorySchemaRegistryClient.dropScope(scope);
        }
    }

    private static List<Article> enrich(int count, long seed) {
        ArticleParser parser = ArticleParser.withDefaults();
        Enricher enricher = Enricher.withDefaults();
        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());
        List<Article> articles = new ArrayList<>(count);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (byte[] raw : new ArticleGenerator(seed, 4).generate(count)) {
            at = at.plus(Duration.ofSeconds(2));
            articles.add(enricher.enrich(parser.parse(RawArticle.newBuilder().setId("bench-" + articles.size()).setSource("bench")
                    .setContentType("text/plain").setBody(ByteBuffer.wrap(raw)).setFetchedAt(at).build()), frequencies));
        }
        return articles;
    }
}
