package io.newswire.streams.processors;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
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
 * Fills in the news topics of each story change from the rules in the global {@value #RULES_STORE}
 * (a rule added at run time applies to the next change, no restart), and makes sure every topic's
 * Kafka topic exists before anything is written to it: dynamic routing does not create topics.
 */
public final class TopicRoutingProcessor implements FixedKeyProcessor<String, StoryEvent, StoryEvent> {

    public static final String RULES_STORE = "topic-rules-store";

    private final TopicRouter router = new TopicRouter();
    private final Consumer<String> ensureTopic;
    private final Set<String> ensured = new HashSet<>();
    private FixedKeyProcessorContext<String, StoryEvent> context;
    private ReadOnlyKeyValueStore<String, Object> rules;

    /** @param ensureTopic creates the per-topic Kafka topic for a slug if it does not exist (idempotent) */
    public TopicRoutingProcessor(Consumer<String> ensureTopic) {
        this.ensureTopic = ensureTopic;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, StoryEvent> context) {
        this.context = context;
        this.rules = context.getStateStore(RULES_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, StoryEvent> record) {
        // The event was built for this record alone upstream, so its story can be filled in place.
        Story story = record.value().getStory();
        List<String> topics = router.topics(story, currentRules());
        for (String slug : topics) {
            if (ensured.add(slug)) {
                ensureTopic.accept(slug);
            }
        }
        story.setTopics(topics);
        context.forward(record);
    }

    private List<TopicRule> currentRules() {
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
