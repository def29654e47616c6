package io.newswire.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.internal.FeedSourceState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The source-state topic's values: Avro ({@link FeedSourceState}), and, read only, the JSON objects earlier
 * versions wrote there, so an upgrade keeps every feed's seen entries (each is written back as Avro on its next
 * save). A value that is neither is an error, never "no state": that would publish the feed's entries again.
 */
final class FeedSourceStateSerde {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedSourceStateSerde() {
    }

    static Serde<FeedSourceState> wrapping(Serde<FeedSourceState> avro) {
        Deserializer<FeedSourceState> reader = new Deserializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean isKey) {
                avro.deserializer().configure(configs, isKey);
            }

            @Override
            public FeedSourceState deserialize(String topic, byte[] data) {
                if (data != null && data.length > 0 && data[0] == '{') {
                    return fromLegacyJson(data);
                }
                return avro.deserializer().deserialize(topic, data);
            }
        };
        return Serdes.serdeFrom(avro.serializer(), reader);
    }

    static FeedSourceState fromLegacyJson(byte[] data) {
        try {
            JsonNode node = JSON.readTree(data);
            if (!node.isObject() || !node.path("next_poll_at").canConvertToLong() || !node.path("failures").canConvertToInt()) {
                throw new SerializationException("source state is JSON but not a source state: " + node);
            }
            List<String> seen = new ArrayList<>();
            node.path("seen").forEach(id -> seen.add(id.asText()));
            return FeedSourceState.newBuilder().setEtag(node.path("etag").asText(null)).setLastModified(node.path("last_modified").asText(null))
                    .setSeen(seen).setNextPollAt(node.path("next_poll_at").asLong()).setFailures(node.path("failures").asInt()).build();
        } catch (IOException e) {
            throw new SerializationException("source state is neither Avro nor readable JSON: " + e.getMessage(), e);
        }
    }
}
