package io.newswire.app.eval;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import io.newswire.avro.StoryEvent;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.producer.JsonLinesReader;
import io.newswire.producer.UnreadableInputException;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.streams.NewswireTopology;
import io.newswire.streams.StreamsSettings;
import io.newswire.streams.TopologySettings;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TypedTopic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Feeds labelled JSON lines through the real topology (the processors and stores the pipeline runs,
 * driven by TopologyTestDriver instead of a broker) the way ingest reads them, and reads back which
 * story each article ended in: its CREATED/ARTICLE_ADDED event on news.events, then any MERGED events
 * that retired that story, followed to the survivor.
 */
public final class ClusteringEvaluation {

    /**
     * Article id to final story id, the articles the topology dead-lettered, the articles as enriched, and
     * article id to the storyline its final story ended in.
     */
    public record Result(Map<String, String> stories, int deadLetters, Map<String, Article> articles, Map<String, String> storylines,
                         TopologyWrites writes) {
    }

    private final Clock clock;
    private final Map<String, String> settings;

    /** @param settings Newswire settings (as in a config file) over the defaults the pipeline runs with */
    public ClusteringEvaluation(Clock clock, Map<String, String> settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public Result run(List<String> lines, Path workDir) throws IOException, UnreadableInputException {
        Path input = workDir.resolve("input.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        List<RawArticle> raws = new ArrayList<>();
        List<String> badLines = new ArrayList<>();
        new JsonLinesReader(clock).read(input, new JsonLinesReader.Sink() {
            @Override
            public void article(RawArticle article, String origin) {
                raws.add(article);
            }

            @Override
            public void badLine(String origin, String reason, byte[] line) {
                badLines.add(reason);
            }
        });
        String scope = "eval-" + UUID.randomUUID();
        Map<String, String> overrides = new HashMap<>(settings);
        overrides.put(Setting.SCHEMA_REGISTRY_URL.key(), "mock://" + scope);
        NewswireConfig config = NewswireConfig.defaults(overrides);
        NewswireTopics topics = NewswireTopics.from(config, InMemorySchemaRegistryClient.forScope(scope));
        Map<String, String> storyOfArticle = new LinkedHashMap<>();
        Map<String, String> mergedInto = new HashMap<>();
        Map<String, String> storylineOfStory = new HashMap<>();
        Map<String, Article> articles = new LinkedHashMap<>();
        int deadLetters = badLines.size();
        TopologyWrites writes = new TopologyWrites();
        try (TopologyTestDriver driver = new TopologyTestDriver(NewswireTopology.build(topics,
                TopologySettings.from(config, slug -> { })),
                StreamsSettings.from(config, topics, Files.createDirectories(workDir.resolve("state"))))) {
            TestInputTopic<String, RawArticle> in = driver.createInputTopic(topics.raw().name(),
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            Set<String> read = Set.of(topics.events().name(), topics.enriched().name(), topics.storylines().name(), topics.deadLetters().name());
            for (RawArticle raw : raws) {
                in.pipeInput(raw.getId(), raw, raw.getFetchedAt());
                Map<String, List<KeyValue<byte[], byte[]>>> written = writes.drain(driver, read);
                deadLetters += written.getOrDefault(topics.deadLetters().name(), List.of()).size();
                for (StoryEvent event : values(written, topics.events())) {
                    if (event.getArticleId() != null) {
                        storyOfArticle.put(event.getArticleId(), event.getStory().getId());
                    }
                    if (event.getStory().getMergedInto() != null) {
                        mergedInto.put(event.getStory().getId(), event.getStory().getMergedInto());
                    }
                }
                values(written, topics.enriched()).forEach(a -> articles.put(a.getId(), a));
                for (io.newswire.avro.Storyline storyline : values(written, topics.storylines())) {
                    if (storyline != null) {
                        storyline.getStoryIds().forEach(story -> storylineOfStory.put(story, storyline.getId()));
                    }
                }
            }
        } finally {
            InMemorySchemaRegistryClient.dropScope(scope);
        }
        Map<String, String> finalStories = new LinkedHashMap<>();
        Map<String, String> storylines = new LinkedHashMap<>();
        storyOfArticle.forEach((article, story) -> {
            String current = story;
            while (mergedInto.containsKey(current)) {
                current = mergedInto.get(current);
            }
            finalStories.put(article, current);
            storylines.put(article, storylineOfStory.getOrDefault(current, current));
        });
        return new Result(finalStories, deadLetters, articles, storylines, writes);
    }

    private static <V> List<V> values(Map<String, List<KeyValue<byte[], byte[]>>> written, TypedTopic<?, V> topic) {
        List<V> values = new ArrayList<>();
        for (KeyValue<byte[], byte[]> record : written.getOrDefault(topic.name(), List.of())) {
            values.add(record.value == null ? null : topic.valueSerde().deserializer().deserialize(topic.name(), record.value));
        }
        return values;
    }
}
