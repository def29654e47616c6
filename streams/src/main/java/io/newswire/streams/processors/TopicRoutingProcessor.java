package io.newswire.streams.processors;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.streams.stories.ClusteringResult;
import io.newswire.avro.TopicRule;
import io.newswire.streams.rules.TopicRouter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Fills in the news topics of each story change of a clustering result from the rules in the global {@value #RULES_STORE}
 * (a rule added at run time applies to the next change, no restart). The rules are read from the store again
 * only when {@link RulesStoreUpdater} has applied a change. Each slug's Kafka topic is requested once per task
 * without waiting: the CLI, the API and start-up provisioning create rule topics before anything routes to them,
 * so the request only matters for a rule written to the rules topic some other way.
 */
public final class TopicRoutingProcessor implements FixedKeyProcessor<String, ClusteringResult, ClusteringResult> {

    public static final String RULES_STORE = "topic-rules-store";

    private final TopicRouter router = new TopicRouter();
    private final RulesStoreUpdater.Changes changes;
    private final Consumer<String> requestTopic;
    private final Set<String> requested = new HashSet<>();
    private FixedKeyProcessorContext<String, ClusteringResult> context;
    private ReadOnlyKeyValueStore<String, Object> rules;
    private long rulesAsOf = -1;
    private List<TopicRule> current = List.of();

    /**
     * @param changes      counts the rule changes applied to the store
     * @param requestTopic asks for the per-topic Kafka topic of a slug to be created if missing; must not block
     */
    public TopicRoutingProcessor(RulesStoreUpdater.Changes changes, Consumer<String> requestTopic) {
        this.changes = changes;
        this.requestTopic = requestTopic;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ClusteringResult> context) {
        this.context = context;
        this.rules = context.getStateStore(RULES_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, ClusteringResult> record) {
        // The events were built for this record alone upstream, so their stories can be filled in place.
        for (StoryEvent event : record.value().events()) {
            Story story = event.getStory();
            List<String> topics = router.topics(story, currentRules());
            for (String slug : topics) {
                if (requested.add(slug)) {
                    requestTopic.accept(slug);
                }
            }
            story.setTopics(topics);
        }
        context.forward(record);
    }

    private List<TopicRule> currentRules() {
        // The count is read before the store: a change applied during the read is read again next time.
        long asOf = changes.count();
        if (asOf != rulesAsOf) {
            current = readRules();
            rulesAsOf = asOf;
        }
        return current;
    }

    private List<TopicRule> readRules() {
        List<TopicRule> current = new ArrayList<>();
        try (KeyValueIterator<String, Object> all = rules.all()) {
            while (all.hasNext()) {
                KeyValue<String, Object> entry = all.next();
                Object value = entry.value instanceof ValueAndTimestamp<?> vt ? vt.value() : entry.value;
                if (value instanceof TopicRule rule) {
                    current.add(rule);
                }
            }
        }
        return current;
    }
}
