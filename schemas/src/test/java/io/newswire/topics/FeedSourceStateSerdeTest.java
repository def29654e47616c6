package io.newswire.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newswire.avro.internal.FeedSourceState;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class FeedSourceStateSerdeTest {

    private final TypedTopic<String, FeedSourceState> topic =
            NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient()).sourceState();
    private final Serde<FeedSourceState> serde = topic.valueSerde();

    private FeedSourceState read(String text) {
        return serde.deserializer().deserialize(topic.name(), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRoundTripAStateThroughAvro() {
        FeedSourceState state = FeedSourceState.newBuilder().setEtag("\"v7\"").setLastModified(null).setSeen(List.of("guid:1"))
                .setNextPollAt(1234L).setFailures(2).build();
        assertEquals(state, serde.deserializer().deserialize(topic.name(), serde.serializer().serialize(topic.name(), state)));
    }

    @Test
    void shouldReadTheJsonEarlierVersionsWrote() {
        FeedSourceState state = read("{\"etag\":\"\\\"v7\\\"\",\"last_modified\":null,\"next_poll_at\":1234,\"failures\":2,\"seen\":[\"guid:1\",\"guid:2\"]}");
        assertEquals("\"v7\"", state.getEtag());
        assertEquals(List.of("guid:1", "guid:2"), state.getSeen());
        assertEquals(1234L, state.getNextPollAt());
    }

    @Test
    void shouldRefuseAValueThatIsNeitherAvroNorASourceState() {
        // Read as "no state" before, which published every entry of the source again.
        assertThrows(SerializationException.class, () -> read("{\"etag\":"));
        assertThrows(SerializationException.class, () -> read("{\"colour\":\"blue\"}"));
        assertThrows(SerializationException.class, () -> read("not json at all"));
    }
}
