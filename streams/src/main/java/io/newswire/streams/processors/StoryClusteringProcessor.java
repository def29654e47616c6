package io.newswire.streams.processors;

import io.newswire.avro.Article;
import io.newswire.avro.StoryEvent;
import io.newswire.streams.stories.StoryChange;
import io.newswire.streams.stories.StoryClusterer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns articles (keyed by cluster key) into story changes keyed by story id. Inactive stories are
 * closed on stream time, so a replay closes them at the same point; the topic field is filled later.
 */
public final class StoryClusteringProcessor implements Processor<String, Article, String, StoryEvent> {

    public static final String STORY_STORE = "stories";
    public static final String INDEX_STORE = "story-candidate-index";
    public static final String ARTICLE_STORE = "article-stories";
    static final Duration CLOSE_CHECK = Duration.ofMinutes(10);

    private final double threshold;
    private final Duration inactivity;
    private ProcessorContext<String, StoryEvent> context;
    private StoryClusterer clusterer;

    public StoryClusteringProcessor(double threshold, Duration inactivity) {
        this.threshold = threshold;
        this.inactivity = inactivity;
    }

    @Override
    public void init(ProcessorContext<String, StoryEvent> context) {
        this.context = context;
        this.clusterer = new StoryClusterer(context.getStateStore(STORY_STORE), context.getStateStore(INDEX_STORE),
                context.getStateStore(ARTICLE_STORE), threshold, inactivity);
        clusterer.rebuildIndexIfEmpty();
        context.schedule(CLOSE_CHECK, PunctuationType.STREAM_TIME, now -> emit(clusterer.closeInactive(now), now));
    }

    @Override
    public void process(Record<String, Article> record) {
        emit(clusterer.add(record.value(), record.timestamp()), record.timestamp());
    }

    private void emit(List<StoryChange> changes, long timestamp) {
        for (StoryChange change : changes) {
            StoryEvent event = StoryEvent.newBuilder()
                    .setEventId(change.state().getStory().getId() + ":" + change.state().getSequence())
                    .setType(change.type().name())
                    .setTopic("")
                    .setSequence(change.state().getSequence())
                    .setStory(change.state().getStory())
                    .setArticleId(change.articleId())
                    .setArticleTitle(change.articleTitle())
                    .setMergedStoryId(change.mergedStoryId())
                    .setAt(Instant.ofEpochMilli(change.at()))
                    .build();
            context.forward(new Record<>(event.getStory().getId(), event, timestamp));
        }
    }
}
