package io.newswire.app.local;

import io.newswire.config.UserFacingException;
import io.newswire.topics.NewswireTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates {@code news.topic.<slug>} through the Admin API: {@link #create} waits (a rule is added from the CLI or
 * the API, its topic first), {@link #accept} does not (the router asks from the stream thread, which must never wait
 * on an admin call). Kafka Streams' dynamic routing does not create topics.
 */
public final class PerTopicTopics implements Consumer<String>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PerTopicTopics.class);

    private final NewswireTopics topics;
    private final Admin admin;

    public PerTopicTopics(Map<String, Object> clientProperties, NewswireTopics topics) {
        this.topics = topics;
        this.admin = Admin.create(clientProperties);
    }

    /** Asks for the slug's topic and returns at once; a failure is logged (the rule's events then wait on metadata). */
    @Override
    public void accept(String slug) {
        admin.createTopics(List.of(topics.perTopic(slug).newTopic())).all().whenComplete((done, error) -> {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause != null && !(cause instanceof TopicExistsException)) {
                LOG.error("Could not create the topic of news topic '{}': {}", slug, cause.getMessage());
            }
        });
    }

    /** Creates the slug's topic, waiting for the cluster to answer. */
    public void create(String slug) {
        try {
            admin.createTopics(List.of(topics.perTopic(slug).newTopic())).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new UserFacingException("Cannot create topic for news topic '" + slug + "': " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted creating the topic for '" + slug + "'", e);
        } catch (TimeoutException e) {
            throw new UserFacingException("Timed out creating the topic for '" + slug + "'", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
