package io.newswire.app.bench;

import io.newswire.avro.Article;
import io.newswire.avro.Fingerprint;
import io.newswire.avro.RawArticle;
import io.newswire.avro.internal.StoryState;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.streams.ArticlePipeline;
import io.newswire.streams.NewswireTopology;
import io.newswire.streams.StreamsSettings;
import io.newswire.streams.TopicBinding;
import io.newswire.streams.TopologySettings;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import io.newswire.streams.processors.StoryClusteringProcessor;
import io.newswire.topics.NewswireTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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

    /** Live heap (after a full GC) once {@code articles} articles were inside the story window. */
    public record HeapPoint(int articles, double liveHeapMb, double stateMb) {
    }

    public Result run(int articles, long seed, Path stateDir) {
        List<Article> enriched = enrich(articles, seed);
        return withStage(stateDir, (driver, in, topics) -> {
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
        });
    }

    /**
     * Simulates a full story window: {@code articles} articles spread evenly over {@code window} of event time
     * (so none closes), drawn from {@code pool} distinct enriched articles, each copy with its own id and its own
     * random fingerprint so the near-duplicate index grows as with real articles; the live heap is measured
     * after a full GC at {@code checkpoints} points. Copies of one pool article cluster into the same story, so
     * the story count stays near the pool's; the near-duplicate and membership stores grow per article.
     */
    public List<HeapPoint> window(int articles, int pool, Duration window, int checkpoints, long seed, Path stateDir) {
        List<Article> distinct = enrich(pool, seed);
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long step = window.toMillis() / articles;
        return withStage(stateDir, (driver, in, topics) -> {
            List<HeapPoint> points = new ArrayList<>();
            for (int i = 1; i <= articles; i++) {
                if (i % 1000 == 0) {
                    drainOutputs(driver);
                }
                Article original = distinct.get(i % pool);
                byte[] minhash = new byte[original.getFingerprint().getMinhash().remaining()];
                random.nextBytes(minhash);
                Instant at = start.plusMillis(i * step);
                Article copy = Article.newBuilder(original).setId("window-" + i).setIngestedAt(at).setEventTime(at)
                        .setFingerprint(new Fingerprint(ByteBuffer.wrap(minhash), original.getFingerprint().getShingles()))
                        .build();
                in.pipeInput(copy.getLanguage(), copy, at);
                if (i % (articles / checkpoints) == 0) {
                    drainOutputs(driver);
                    points.add(new HeapPoint(i, MemoryPeaks.liveHeapMb(), directoryMb(stateDir)));
                }
            }
            return points;
        });
    }

    private interface Stage<T> {
        T run(TopologyTestDriver driver, TestInputTopic<String, Article> in, NewswireTopics topics);
    }

    private static <T> T withStage(Path stateDir, Stage<T> stage) {
        String scope = "bench-clustering-" + UUID.randomUUID();
        NewswireConfig config = NewswireConfig.defaults(Map.of(Setting.SCHEMA_REGISTRY_URL.key(), "mock://" + scope));
        NewswireTopics topics = NewswireTopics.from(config, InMemorySchemaRegistryClient.forScope(scope));
        StreamsBuilder builder = new StreamsBuilder();
        NewswireTopology.clusterByLanguage(builder.stream(topics.enriched().name(), TopicBinding.consumed(topics.enriched(), "bench-input")),
                topics, TopologySettings.from(config, slug -> { }));
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), StreamsSettings.from(config, topics, stateDir))) {
            TestInputTopic<String, Article> in = driver.createInputTopic(topics.enriched().name(),
                    topics.enriched().keySerde().serializer(), topics.enriched().valueSerde().serializer());
            return stage.run(driver, in, topics);
        } finally {
            InMemorySchemaRegistryClient.dropScope(scope);
        }
    }

    /**
     * The test driver keeps every record it produced (sinks and changelogs alike) until a test reads it; a
     * broker would have them, not the processor's heap, so they are dropped before heap is measured.
     */
    private static void drainOutputs(TopologyTestDriver driver) {
        ByteArrayDeserializer bytes = new ByteArrayDeserializer();
        for (String topic : driver.producedTopicNames()) {
            driver.createOutputTopic(topic, bytes, bytes).readRecordsToList();
        }
    }

    private static double directoryMb(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024.0 * 1024.0);
        } catch (IOException | UncheckedIOException e) {
            return -1; // RocksDB renames files while it compacts
        }
    }

    private static List<Article> enrich(int count, long seed) {
        ArticlePipeline pipeline = ArticlePipeline.withDefaults();
        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());
        List<Article> articles = new ArrayList<>(count);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (byte[] raw : new ArticleGenerator(seed, 4).generate(count)) {
            at = at.plus(Duration.ofSeconds(2));
            articles.add(pipeline.process(RawArticle.newBuilder().setId("bench-" + articles.size()).setSource("bench")
                    .setContentType("text/plain").setBody(ByteBuffer.wrap(raw)).setFetchedAt(at).build(), frequencies));
        }
        return articles;
    }
}
