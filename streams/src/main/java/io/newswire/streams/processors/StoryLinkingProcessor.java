package io.newswire.streams.processors;

import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.LinkingInput;
import io.newswire.avro.internal.StoryLinkState;
import io.newswire.streams.stories.StoryChange;
import io.newswire.streams.stories.StoryIds;
import io.newswire.streams.stories.LinkCandidate;
import io.newswire.streams.stories.LinkFeatures;
import io.newswire.streams.stories.StoryLinker;
import io.newswire.streams.stories.StorySimilarity;
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
 * Story changes of every language, in one task, linked across languages (see StoryLinker). Forwards, keyed
 * by story id, each change's story snapshot with its links (what news.stories publishes) and a LINKED
 * event for each of the two stories of every new link.
 */
public final class StoryLinkingProcessor implements Processor<String, LinkingInput, String, SpecificRecord> {

    public static final String LINK_STORE = "story-links";
    public static final String LINK_INDEX_STORE = "story-link-index";
    public static final String LINK_VECTOR_STORE = "story-link-vectors";

    private final double threshold;
    private ProcessorContext<String, SpecificRecord> context;
    private StoryLinker linker;

    StoryLinkingProcessor(double threshold) {
        this.threshold = threshold;
    }

    public static ProcessorSupplier<String, LinkingInput, String, SpecificRecord> supplier(double threshold, Serde<StoryLinkState> stateSerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, LinkingInput, String, SpecificRecord> get() {
                return new StoryLinkingProcessor(threshold);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LINK_STORE), Serdes.String(), stateSerde)
                                .withCachingEnabled(),
                        // Derived from the stories above and rebuilt when empty, so not changelogged.
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LINK_INDEX_STORE), Serdes.String(), StoryIds.serde())
                                .withCachingEnabled().withLoggingDisabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LINK_VECTOR_STORE), Serdes.String(), LinkCandidate.serde())
                                .withCachingEnabled().withLoggingDisabled()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.linker = new StoryLinker(context.getStateStore(LINK_STORE), context.getStateStore(LINK_INDEX_STORE),
                context.getStateStore(LINK_VECTOR_STORE), StorySimilarity.DEFAULT, threshold);
        linker.start();
    }

    @Override
    public void process(Record<String, LinkingInput> record) {
        StoryEvent change = record.value().getChange();
        StoryLinker.Update update = linker.update(change.getStory(), change.getSequence(),
                new LinkFeatures(record.value().getStoryEntities(), record.value().getStoryDatedTime()));
        context.forward(record.withKey(change.getStory().getId()).<SpecificRecord>withValue(update.story()));
        for (StoryLinker.Link link : update.links()) {
            String storyId = link.story().getId();
            if (!storyId.equals(change.getStory().getId())) {
                // The other story of a new link: its snapshot on news.stories gains the link too.
                context.forward(record.withKey(storyId).<SpecificRecord>withValue(link.story()));
            }
            StoryEvent linked = StoryEvent.newBuilder()
                    .setEventId(storyId + ":" + link.sequence() + ":linked:" + link.other())
                    .setType(StoryChange.Type.LINKED.name())
                    .setTopic("")
                    .setSequence(link.sequence())
                    .setStory(link.story())
                    .setMergedStoryId(link.other())
                    .setAt(change.getAt())
                    .build();
            context.forward(record.withKey(storyId).<SpecificRecord>withValue(linked));
        }
    }
}
