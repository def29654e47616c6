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
import java.util.UUID;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
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
    public record Result(Map<String, String> stories, int deadLetters, Map<String, Article> articles, Map<String, String> storylines) {
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
        int deadLetters;
        try (TopologyTestDriver driver = new TopologyTestDriver(NewswireTopology.build(topics,
                TopologySettings.from(config, slug -> { })),
                StreamsSettings.from(config, topics, Files.createDirectories(workDir.resolve("state"))))) {
            TestInputTopic<String, RawArticle> in = driver.createInputTopic(topics.raw().name(),
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            TestOutputTopic<String, StoryEvent> events = driver.createOutputTopic(topics.events().name(),
                    topics.events().keySerde().deserializer(), topics.events().valueSerde().deserializer());
            TestOutputTopic<String, Article> enriched = driver.createOutputTopic(topics.enriched().name(),
                    topics.enriched().keySerde().deserializer(), topics.enriched().valueSerde().deserializer());
            TestOutputTopic<String, io.newswire.avro.Storyline> storylineTopic = driver.createOutputTopic(topics.storylines().name(),
                    topics.storylines().keySerde().deserializer(), topics.storylines().valueSerde().deserializer());
            for (RawArticle raw : raws) {
                in.pipeInput(raw.getId(), raw, raw.getFetchedAt());
                for (StoryEvent event : events.readValuesToList()) {
                    if (event.getArticleId() != null) {
                        storyOfArticle.put(event.getArticleId(), event.getStory().getId());
                    }
                    if (event.getStory().getMergedInto() != null) {
                        mergedInto.put(event.getStory().getId(), event.getStory().getMergedInto());
                    }
                }
                enriched.readValuesToList().forEach(a -> articles.put(a.getId(), a));
                storylineTopic.readKeyValuesToList().forEach(kv -> {
                    if (kv.value != null) {
                        kv.value.getStoryIds().forEach(story -> storylineOfStory.put(story, kv.key));
                    }
                });
            }
            deadLetters = badLines.size() + driver.createOutputTopic(topics.deadLetters().name(),
                    topics.deadLetters().keySerde().deserializer(), topics.deadLetters().valueSerde().deserializer()).readValuesToList().size();
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
        return new Result(finalStories, deadLetters, articles, storylines);
    }
}
