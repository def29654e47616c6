package io.newswire.streams.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.TrendCount;
import io.newswire.avro.internal.ArticleTrend;
import io.newswire.avro.internal.LinkingInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrendCountingProcessorTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(10);

    private final MockProcessorContext<String, TrendCount> context = new MockProcessorContext<>();
    private Processor<String, LinkingInput, String, TrendCount> processor;

    @BeforeEach
    void setUp() {
        WindowStore<String, Long> counts = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(TrendCountingProcessor.TREND_STORE,
                TrendCountingProcessor.WINDOW.plus(GRACE), TrendCountingProcessor.WINDOW, false), Serdes.String(), Serdes.Long())
                .withLoggingDisabled().build();
        counts.init(context.getStateStoreContext(), counts);
        context.addStateStore(counts);
        KeyValueStore<String, Long> progress = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(TrendCountingProcessor.PROGRESS_STORE),
                Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        progress.init(context.getStateStoreContext(), progress);
        context.addStateStore(progress);
        processor = TrendCountingProcessor.supplier(GRACE).get();
        processor.init(context);
    }

    private static StoryEvent change(String articleId, Instant at, String... topics) {
        Story story = Story.newBuilder().setId("story-1").setTitle("Floods").setFirstSeen(at).setLastSeen(at).setArticleCount(1)
                .setSourceCount(1).setSources(new ArrayList<>()).setArticleIds(new ArrayList<>()).setStatus("ACTIVE").setVelocity(0)
                .setLanguage("en").setTopEntities(List.of()).setTopics(List.of(topics)).build();
        return StoryEvent.newBuilder().setEventId("story-1:1").setType(articleId == null ? "CLOSED" : "ARTICLE_ADDED").setTopic("")
                .setSequence(1).setStory(story).setArticleId(articleId).setAt(at).build();
    }

    private void process(StoryEvent change, ArticleTrend trend, long arrival) {
        processor.process(new Record<>("all-languages", new LinkingInput(change, trend, null, java.util.Map.of(), null), arrival));
    }

    private List<TrendCount> forwarded() {
        return context.forwarded().stream().<TrendCount>map(f -> f.record().value()).toList();
    }

    @Test
    void shouldForwardAClosedWindowsCountKeyedByTrendKeyAtArrivalTime() {
        Instant flood = T0.plus(Duration.ofMinutes(10));
        process(change("a1", flood, "disaster"), new ArticleTrend(flood, List.of("lindenholm")), 1L);
        process(null, new ArticleTrend(T0.plus(Duration.ofHours(3)), List.of("chile")), 2L);
        var first = context.forwarded().stream().filter(f -> f.record().value().getWindowStart().equals(T0)).toList();
        assertEquals(List.of("entity:lindenholm", "topic:disaster"), first.stream().map(f -> f.record().key()).toList());
        assertTrue(first.stream().allMatch(f -> f.record().value().getCount() == 1 && f.record().timestamp() == 2L));
    }

    @Test
    void shouldNotCountTopicsOfAChangeWithoutArticle() {
        process(change(null, T0, "disaster"), null, 1L);
        process(null, new ArticleTrend(T0.plus(Duration.ofHours(3)), List.of("chile")), 2L);
        assertTrue(forwarded().stream().noneMatch(t -> t.getKey().equals("topic:disaster")));
    }
}
