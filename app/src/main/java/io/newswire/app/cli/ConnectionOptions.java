package io.newswire.app.cli;

import io.newswire.config.ConfigLoader;
import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every Kafka-facing subcommand shares; they override the config file, environment and defaults. */
public final class ConnectionOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with Newswire settings and kafka.* client properties.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", description = "Kafka bootstrap servers (default localhost:9092).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Confluent-compatible schema registry (default http://localhost:8081).")
    String schemaRegistryUrl;

    @Option(names = {"-X", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any setting (e.g. topic.partitions=6) or Kafka client property as kafka.KEY=VALUE.")
    Map<String, String> settings = new LinkedHashMap<>();

    public NewswireConfig load() {
        return load(Map.of());
    }

    /** Loads config; {@code forced} values (e.g. the local broker's address) win over everything. */
    public NewswireConfig load(Map<String, String> forced) {
        Map<String, String> overrides = new HashMap<>(settings);
        if (bootstrapServers != null) {
            overrides.put(Setting.BOOTSTRAP_SERVERS.key(), bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            overrides.put(Setting.SCHEMA_REGISTRY_URL.key(), schemaRegistryUrl);
        }
        overrides.putAll(forced);
        return ConfigLoader.load(configFile, System.getenv(), overrides);
    }
}
