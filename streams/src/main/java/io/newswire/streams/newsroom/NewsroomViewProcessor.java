package io.newswire.streams.newsroom;

import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.NewsroomStory;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Keeps the {@link NewsroomView} that interactive queries read, as the processor of a global store over
 * news.events; it writes nothing downstream. Kafka Streams runs it again over news.events when it restores
 * the store, so the view needs no changelog of its own.
 */
public final class NewsroomViewProcessor implements Processor<String, StoryEvent, Void, Void> {

    public static final String STORY_STORE = "newsroom-stories";
    static final Duration EXPIRY_CHECK = Duration.ofMinutes(10);

    private final Duration retention;
    private NewsroomView view;
    private long streamTime = Long.MIN_VALUE;
    private long checkedAt = Long.MIN_VALUE;

    NewsroomViewProcessor(Duration retention) {
        this.retention = retention;
    }

    /** @param retention how long a closed story stays in the view after its last change (stream time) */
    public static ProcessorSupplier<String, StoryEvent, Void, Void> supplier(Duration retention) {
        return () -> new NewsroomViewProcessor(retention);
    }

    /**
     * The view's store; a global store takes no changelog (its topic is one). Its serde is handed the source
     * topic's name, so the registry subject is fixed apart from it: NewsroomStory under news.events' subject
     * would be refused as incompatible with StoryEvent.
     */
    public static StoreBuilder<KeyValueStore<String, NewsroomStory>> store(Serde<NewsroomStory> storySerde, String sourceTopic) {
        String subjectTopic = sourceTopic + "." + STORY_STORE;
        Serde<NewsroomStory> fixed = Serdes.serdeFrom(
                (topic, story) -> storySerde.serializer().serialize(subjectTopic, story),
                (topic, bytes) -> storySerde.deserializer().deserialize(subjectTopic, bytes));
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_STORE), Serdes.String(), fixed)
                .withLoggingDisabled();
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        view = new NewsroomView(context.getStateStore(STORY_STORE));
    }

    /**
     * Expiry runs on the articles' own clock, not record timestamps (a replay of old news must not expire what it
     * is rebuilding), and from here: a global store's processor cannot schedule punctuations.
     */
    @Override
    public void process(Record<String, StoryEvent> record) {
        streamTime = Math.max(streamTime, view.apply(record.value()));
        if (checkedAt == Long.MIN_VALUE) {
            checkedAt = streamTime;
        } else if (streamTime - checkedAt >= EXPIRY_CHECK.toMillis()) {
            checkedAt = streamTime;
            view.expire(streamTime - retention.toMillis());
        }
    }
}
