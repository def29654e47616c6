package io.newswire.app.rules;

import io.newswire.config.UserFacingException;
import io.newswire.app.local.PerTopicTopics;
import io.newswire.avro.TopicRule;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.rules.NewsTopics;
import io.newswire.streams.rules.RuleQuery;
import io.newswire.topics.CompactedTopics;
import io.newswire.topics.NewswireTopics;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * User news topics as the CLI and the HTTP API both manage them: validated the same way (a bad slug or query
 * throws {@link io.newswire.streams.rules.RuleSyntaxException} with the message users see), the per-topic
 * Kafka topic created before the rule exists, then the rule written to the compacted rules topic.
 */
public final class TopicRules implements AutoCloseable {

    private final NewswireConfig config;
    private final NewswireTopics topics;
    private final PerTopicTopics perTopic;
    private final KafkaProducer<String, TopicRule> producer;
    private final Clock clock;

    public TopicRules(NewswireConfig config, NewswireTopics topics, Clock clock) {
        this.config = config;
        this.topics = topics;
        this.clock = clock;
        this.perTopic = new PerTopicTopics(config.clientProperties(), topics);
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props, topics.rules().keySerde().serializer(), topics.rules().valueSerde().serializer());
    }

    /** Adds or replaces a rule; its stories go to the slug's topic from their next change on. */
    public TopicRule add(String slug, String query) {
        NewsTopics.validSlug(slug);
        RuleQuery.parse(query);
        perTopic.create(slug);
        TopicRule rule = new TopicRule(slug, query, clock.instant());
        write(slug, rule);
        return rule;
    }

    /** @return false when there was no such rule */
    public boolean remove(String slug) {
        if (!list().containsKey(slug)) {
            return false;
        }
        write(slug, null);
        return true;
    }

    /** The latest rule per slug, read from the rules topic. */
    public Map<String, TopicRule> list() {
        return new TreeMap<>(CompactedTopics.readLatest(topics.rules(), config.clientProperties()));
    }

    public String topicName(String slug) {
        return topics.perTopicName(slug);
    }

    private void write(String slug, TopicRule rule) {
        try {
            producer.send(new ProducerRecord<>(topics.rules().name(), slug, rule)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new UserFacingException("Could not write the rule '" + slug + "': " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new UserFacingException("Timed out writing the rule '" + slug + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted writing the rule '" + slug + "'", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        perTopic.close();
    }
}
