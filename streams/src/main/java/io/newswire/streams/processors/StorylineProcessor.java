package io.newswire.streams.processors;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.Storyline;
import io.newswire.avro.internal.LinkingInput;
import io.newswire.avro.internal.StorylineState;
import io.newswire.streams.stories.StoryChange;
import io.newswire.streams.stories.StorylineAssigner;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Story changes of every language, in one task, placed in storylines (see StorylineAssigner). Forwards each
 * change's linking input with its story's storyline id set (for the linker and news.stories), a STORYLINE event when a story
 * joins a storyline that holds other stories, and each storyline whose stories changed (keyed by storyline id;
 * story_count 0 when it left).
 */
public final class StorylineProcessor implements Processor<String, LinkingInput, String, SpecificRecord> {

    public static final String STORYLINE_STORE = "storylines";
    public static final String MEMBERSHIP_STORE = "story-storylines";
    /** How often, in the stories' event time, storylines past their retention are looked for. */
    static final Duration SWEEP = Duration.ofDays(1);

    private ProcessorContext<String, SpecificRecord> context;
    private StorylineAssigner assigner;
    private Instant latest = Instant.MIN;
    private Instant lastSweep = Instant.MIN;

    public static ProcessorSupplier<String, LinkingInput, String, SpecificRecord> supplier(Serde<StorylineState> stateSerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, LinkingInput, String, SpecificRecord> get() {
                return new StorylineProcessor();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORYLINE_STORE), Serdes.String(), stateSerde)
                                .withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMBERSHIP_STORE), Serdes.String(), Serdes.String())
                                .withCachingEnabled()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.assigner = new StorylineAssigner(context.getStateStore(STORYLINE_STORE), context.getStateStore(MEMBERSHIP_STORE));
        assigner.start();
    }

    @Override
    public void process(Record<String, LinkingInput> record) {
        StoryEvent change = record.value().getChange();
        Story story = change.getStory();
        StorylineAssigner.Update update = assigner.update(story);
        // The change is this task's own deserialised copy: setting the field avoids a deep copy per story change
        // (the linker downstream copies the story before it keeps or changes it).
        story.setStorylineId(update.storylineId());
        context.forward(record.withKey(story.getId()).<SpecificRecord>withValue(record.value()));
        if (update.joinedOthers()) {
            context.forward(record.withKey(story.getId()).<SpecificRecord>withValue(StoryEvent.newBuilder()
                    .setEventId(story.getId() + ":" + change.getSequence() + ":storyline:" + update.storylineId())
                    .setType(StoryChange.Type.STORYLINE.name())
                    .setTopic("")
                    .setSequence(change.getSequence())
                    .setStory(story)
                    .setAt(change.getAt())
                    .build()));
        }
        update.changed().forEach(storyline -> forward(record, storyline));
        if (story.getLastSeen().isAfter(latest)) {
            latest = story.getLastSeen();
        }
        if (lastSweep.equals(Instant.MIN) || latest.isAfter(lastSweep.plus(SWEEP))) {
            lastSweep = latest;
            assigner.expire(latest).forEach(storyline -> forward(record, storyline));
        }
    }

    private void forward(Record<String, LinkingInput> record, Storyline storyline) {
        if (storyline != null) {
            context.forward(record.withKey(storyline.getId()).<SpecificRecord>withValue(storyline));
        }
    }
}
