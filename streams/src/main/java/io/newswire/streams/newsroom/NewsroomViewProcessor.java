package io.newswire.streams.newsroom;

import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.avro.internal.NewsroomStory;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Keeps the {@link NewsroomView} that interactive queries read; it writes nothing downstream. */
public final class NewsroomViewProcessor implements Processor<String, StoryEvent, Void, Void> {

    public static final String STORY_STORE = "newsroom-stories";
    /** Renamed from newsroom-articles (a key-value store of article lists) when it became a window store. */
    public static final String ARTICLE_STORE = "newsroom-story-articles";
    static final Duration EXPIRY_CHECK = Duration.ofMinutes(10);

    private final Duration retention;
    private NewsroomView view;
    private long streamTime = Long.MIN_VALUE;

    NewsroomViewProcessor(Duration retention) {
        this.retention = retention;
    }

    /**
     * @param retention how long a closed story stays in the view after its last change (stream time)
     * @param articleRetention how long an article stays on its story's page (its event time against the newest article's)
     */
    public static ProcessorSupplier<String, StoryEvent, Void, Void> supplier(Duration retention, Duration articleRetention,
                                                                          Serde<NewsroomStory> storySerde, Serde<StoryArticle> articleSerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, StoryEvent, Void, Void> get() {
                return new NewsroomViewProcessor(retention);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // Changelogged: rebuilding the view from news.events would mean re-reading the topics from the start.
                return new LinkedHashSet<>(List.<StoreBuilder<?>>of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_STORE), Serdes.String(), storySerde)
                                .withCachingEnabled(),
                        // Duplicates retained: two articles of a story may share a millisecond. One-millisecond windows,
                        // since a "window" here is only an article's time.
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(ARTICLE_STORE, articleRetention, Duration.ofMillis(1), true),
                                Serdes.String(), articleSerde)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        view = new NewsroomView(context.getStateStore(STORY_STORE), context.getStateStore(ARTICLE_STORE));
        context.schedule(EXPIRY_CHECK, PunctuationType.STREAM_TIME,
                timestamp -> expire());
    }

    /** On the articles' own clock, not record timestamps: a replay of old news must not expire what it is rebuilding. */
    private void expire() {
        if (streamTime != Long.MIN_VALUE) {
            view.expire(streamTime - retention.toMillis());
        }
    }

    @Override
    public void process(Record<String, StoryEvent> record) {
        streamTime = Math.max(streamTime, view.apply(record.value(), record.timestamp()));
    }
}
