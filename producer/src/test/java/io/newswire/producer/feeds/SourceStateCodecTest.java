package io.newswire.producer.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceStateCodecTest {

    @Test
    void shouldRoundTripStateThroughItsAvroRecord() {
        SourceState state = new SourceState("\"v7\"", "Fri, 07 Jun 2024 08:30:00 GMT", List.of("guid:1", "https://a.example/x"), 1234L, 2);
        assertEquals(state, KafkaSourceStateStore.fromRecord(KafkaSourceStateStore.toRecord(state)));
    }

    @Test
    void shouldRoundTripEmptyState() {
        assertEquals(SourceState.empty(), KafkaSourceStateStore.fromRecord(KafkaSourceStateStore.toRecord(SourceState.empty())));
    }

    @Test
    void shouldKeepOnlyTheMostRecentSeenIds() {
        List<String> many = java.util.stream.IntStream.range(0, SourceState.MAX_SEEN + 10).mapToObj(i -> "id-" + i).toList();
        SourceState state = SourceState.empty().withSeen(many);
        assertEquals(SourceState.MAX_SEEN, state.seen().size());
        assertEquals("id-10", state.seen().get(0));
    }
}
