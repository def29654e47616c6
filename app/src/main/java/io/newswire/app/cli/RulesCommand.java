package io.newswire.app.cli;

import io.newswire.app.local.PerTopicTopics;
import io.newswire.app.local.TopicProvisioner;
import io.newswire.avro.TopicRule;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.rules.NewsTopics;
import io.newswire.streams.rules.RuleQuery;
import io.newswire.topics.CompactedTopics;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TypedTopic;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Manage user-defined news topics, kept in the compacted news.topic-rules topic.",
                "Query language: entity:, keyword:, category:, source:, lang:, AND/OR/NOT, parentheses, \"quoted phrases\"."},
        subcommands = {RulesCommand.Add.class, RulesCommand.ListRules.class, RulesCommand.Remove.class})
public final class RulesCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add or replace a news topic; its stories go to news.topic.SLUG from the next change on.")
    static final class Add implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "SLUG", description = "e.g. syria")
        String slug;

        @Parameters(index = "1", paramLabel = "QUERY", description = "e.g. 'entity:Syria OR keyword:\"chemical attack\"'")
        String query;

        @Override
        public Integer call() throws Exception {
            NewsTopics.validSlug(slug);
            RuleQuery.parse(query);
            NewswireConfig config = connection.load();
            NewswireTopics topics = TopicProvisioner.provisionPipeline(config);
            try (PerTopicTopics perTopic = new PerTopicTopics(config.clientProperties(), topics)) {
                perTopic.accept(slug);
            }
            write(config, topics.rules(), slug, new TopicRule(slug, query, Instant.now()));
            System.out.println("Added " + slug + ": " + query + "  → " + topics.perTopicName(slug));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the user-defined news topics.")
    static final class ListRules implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() {
            NewswireConfig config = connection.load();
            NewswireTopics topics = TopicProvisioner.provisionPipeline(config);
            Map<String, TopicRule> rules = read(config, topics.rules());
            rules.values().forEach(r -> System.out.println(r.getSlug() + ": " + r.getQuery()));
            System.out.println(rules.size() + " rule(s); built-in topics: " + String.join(", ", NewsTopics.BUILT_IN));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a news topic (its Kafka topic is kept).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Parameters(paramLabel = "SLUG")
        String slug;

        @Override
        public Integer call() throws Exception {
            NewswireConfig config = connection.load();
            NewswireTopics topics = TopicProvisioner.provisionPipeline(config);
            if (!read(config, topics.rules()).containsKey(slug)) {
                System.err.println("newswire: no rule named '" + slug + "'");
                return 1;
            }
            write(config, topics.rules(), slug, null);
            System.out.println("Removed " + slug);
            return 0;
        }
    }

    static void write(NewswireConfig config, TypedTopic<String, TopicRule> topic, String slug, TopicRule rule) throws Exception {
        Map<String, Object> props = new java.util.HashMap<>(config.clientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, TopicRule> producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), slug, rule)).get(30, TimeUnit.SECONDS);
        }
    }

    /** The latest rule per slug. */
    static Map<String, TopicRule> read(NewswireConfig config, TypedTopic<String, TopicRule> topic) {
        return new TreeMap<>(CompactedTopics.readLatest(topic, config.clientProperties()));
    }
}
