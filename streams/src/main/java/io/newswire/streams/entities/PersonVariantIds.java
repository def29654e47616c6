package io.newswire.streams.entities;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The person ids whose names share one key across the languages' spellings (vladimir-putin, vladimir-poutine),
 * in id order: the value of a derived index, with a serde of its own (a count, then each id's length and UTF-8
 * bytes) since the store is never logged and no subscriber reads it.
 */
public record PersonVariantIds(List<String> ids) {

    public static Serde<PersonVariantIds> serde() {
        Serializer<PersonVariantIds> serializer = (topic, value) -> {
            List<byte[]> encoded = value.ids().stream().map(id -> id.getBytes(StandardCharsets.UTF_8)).toList();
            ByteBuffer buffer = ByteBuffer.allocate(4 + encoded.stream().mapToInt(b -> 4 + b.length).sum()).putInt(encoded.size());
            encoded.forEach(b -> buffer.putInt(b.length).put(b));
            return buffer.array();
        };
        Deserializer<PersonVariantIds> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int count = buffer.getInt();
            List<String> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] id = new byte[buffer.getInt()];
                buffer.get(id);
                ids.add(new String(id, StandardCharsets.UTF_8));
            }
            return new PersonVariantIds(ids);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
