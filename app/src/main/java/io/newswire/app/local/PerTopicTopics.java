package io.newswire.app.local;

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

/**
 * Creates {@code news.topic.<slug>} through the Admin API when a story is first routed to a slug;
 * Kafka Streams' dynamic routing would otherwise block on a topic that does not exist.
 */
public final class PerTopicTopics implements Consumer<String>, AutoCloseable {

    private final NewswireTopics topics;
    private final Admin admin;

    public PerTopicTopics(Map<String, Object> clientProperties, NewswireTopics topics) {
        this.topics = topics;
        this.admin = Admin.create(clientProperties);
    }

    @Override
    public void accept(String slug) {
        try {
            admin.createTopics(List.of(topics.perTopic(slug).newTopic())).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic for news topic '" + slug + "': " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating the topic for '" + slug + "'", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating the topic for '" + slug + "'", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
