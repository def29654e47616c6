package io.newswire.app.local;

import io.newswire.config.NewswireConfig;
import io.newswire.config.Setting;
import io.newswire.config.UserFacingException;
import io.newswire.registry.SchemaRegistryClients;
import io.newswire.topics.CompactedTopics;
import io.newswire.topics.NewswireTopics;
import io.newswire.topics.TypedTopic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates topics through the Admin API before anything writes, never relying on broker auto-create. */
public final class TopicProvisioner {

    private TopicProvisioner() {
    }

    /** The pipeline's topics for this config, created on the cluster if missing. */
    public static NewswireTopics provisionPipeline(NewswireConfig config) {
        Reachability.check(config);
        NewswireTopics topics = NewswireTopics.from(config, SchemaRegistryClients.fromConfigs(config.clientProperties()));
        ensure(config.clientProperties(), allTopics(topics));
        // Rules already on the rules topic get their topics now, so the router never waits for one.
        ensure(config.clientProperties(), CompactedTopics.readLatest(topics.rules(), config.clientProperties()).keySet().stream()
                .<TypedTopic<?, ?>>map(topics::perTopic).toList());
        return topics;
    }

    /** The pipeline's topics plus one per built-in news topic (the categories). */
    public static List<TypedTopic<?, ?>> allTopics(NewswireTopics topics) {
        List<TypedTopic<?, ?>> all = new java.util.ArrayList<>(topics.pipelineTopics());
        io.newswire.streams.rules.NewsTopics.BUILT_IN.forEach(slug -> all.add(topics.perTopic(slug)));
        return all;
    }

    public static void ensure(Map<String, Object> clientProperties, List<TypedTopic<?, ?>> topics) {
        try (Admin admin = Admin.create(clientProperties)) {
            CreateTopicsResult result = admin.createTopics(topics.stream().map(TypedTopic::newTopic).toList());
            for (var entry : result.values().entrySet()) {
                try {
                    entry.getValue().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new UserFacingException("Cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new UserFacingException("Timed out creating topics on " + clientProperties.get(Setting.BOOTSTRAP_SERVERS.key()), e);
        }
    }
}
