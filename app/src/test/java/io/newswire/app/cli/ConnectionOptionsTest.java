package io.newswire.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.config.NewswireConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConnectionOptionsTest {

    @Test
    void shouldOverrideSettingsFromFlags() {
        SubscribeCommand command = new SubscribeCommand();
        new CommandLine(command).parseArgs("--bootstrap-servers", "kafka-a:9092", "--schema-registry-url", "http://reg:8081",
                "-X", "topic.partitions=6", "-X", "kafka.security.protocol=SSL", "news.articles.enriched");
        NewswireConfig config = command.connection.load();
        assertEquals("kafka-a:9092", config.bootstrapServers());
        assertEquals("http://reg:8081", config.schemaRegistryUrl());
        assertEquals(6, config.topicPartitions());
        assertEquals("SSL", config.kafkaProperties().get("security.protocol"));
    }

    @Test
    void shouldLetForcedValuesWin() {
        SubscribeCommand command = new SubscribeCommand();
        new CommandLine(command).parseArgs("--bootstrap-servers", "kafka-a:9092", "t");
        assertEquals("127.0.0.1:1234", command.connection.load(Map.of("bootstrap.servers", "127.0.0.1:1234")).bootstrapServers());
    }
}
