package io.newswire.app.cli;

import io.newswire.app.local.TopicProvisioner;
import io.newswire.app.rules.TopicRules;
import io.newswire.avro.TopicRule;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.rules.NewsTopics;
import io.newswire.streams.rules.RuleQuery;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
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
        public Integer call() {
            // Checked before connecting, so a typo is reported even with no cluster running.
            NewsTopics.validSlug(slug);
            RuleQuery.parse(query);
            try (TopicRules rules = open(connection)) {
                rules.add(slug, query);
                System.out.println("Added " + slug + ": " + query + "  → " + rules.topicName(slug));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the user-defined news topics.")
    static final class ListRules implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() {
            try (TopicRules rules = open(connection)) {
                Map<String, TopicRule> all = rules.list();
                all.values().forEach(r -> System.out.println(r.getSlug() + ": " + r.getQuery()));
                System.out.println(all.size() + " rule(s); built-in topics: " + String.join(", ", NewsTopics.BUILT_IN));
            }
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
        public Integer call() {
            try (TopicRules rules = open(connection)) {
                if (!rules.remove(slug)) {
                    System.err.println("newswire: no rule named '" + slug + "'");
                    return 1;
                }
            }
            System.out.println("Removed " + slug);
            return 0;
        }
    }

    private static TopicRules open(ConnectionOptions connection) {
        NewswireConfig config = connection.load();
        return new TopicRules(config, TopicProvisioner.provisionPipeline(config), Clock.systemUTC());
    }
}
