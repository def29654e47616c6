package io.newswire.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Resolves every setting once, in this order: command-line overrides, the config file,
 * NEWSWIRE_* environment variables, then defaults. Unknown file keys fail fast, because a
 * misspelt key silently falling back to a default is worse than not starting.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static NewswireConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> fromFile = file == null ? Map.of() : readProperties(file);
        Map<String, String> kafka = new TreeMap<>();
        env.forEach((name, value) -> {
            String kafkaEnvPrefix = Setting.ENV_PREFIX + "KAFKA_";
            if (name.startsWith(kafkaEnvPrefix)) {
                kafka.put(name.substring(kafkaEnvPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        Map<String, String> explicit = new LinkedHashMap<>(fromFile);
        explicit.putAll(overrides);
        Map<Setting, ValueOrigin> resolved = new EnumMap<>(Setting.class);
        for (Map.Entry<String, String> entry : explicit.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(Setting.KAFKA_PREFIX)) {
                kafka.put(key.substring(Setting.KAFKA_PREFIX.length()), entry.getValue());
            } else if (Setting.byKey(key) == null) {
                throw new ConfigurationException("Unknown setting '" + key + "'"
                        + (file != null && fromFile.containsKey(key) ? " in " + file : "")
                        + ". Kafka client properties go under '" + Setting.KAFKA_PREFIX + "', e.g. kafka.security.protocol");
            }
        }
        for (Setting setting : Setting.values()) {
            resolved.put(setting, resolve(setting, file, fromFile, env, overrides));
        }
        return new NewswireConfig(resolved, kafka);
    }

    private static ValueOrigin resolve(Setting setting, Path file, Map<String, String> fromFile,
                                       Map<String, String> env, Map<String, String> overrides) {
        if (overrides.containsKey(setting.key())) {
            return new ValueOrigin(overrides.get(setting.key()), "the command line");
        }
        if (fromFile.containsKey(setting.key())) {
            return new ValueOrigin(fromFile.get(setting.key()), file.toString());
        }
        if (env.containsKey(setting.envVar())) {
            return new ValueOrigin(env.get(setting.envVar()), "environment variable " + setting.envVar());
        }
        if (setting.defaultValue() == null) {
            throw new ConfigurationException("Missing required setting '" + setting.key() + "': set it in the config file, as "
                    + setting.envVar() + " or on the command line");
        }
        return new ValueOrigin(setting.defaultValue(), "the default");
    }

    private static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).trim()));
        return values;
    }

    record ValueOrigin(String value, String origin) {
    }
}
