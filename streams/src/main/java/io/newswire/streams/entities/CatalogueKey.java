package io.newswire.streams.entities;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A key of one language's entity catalogue. A task holds every language that hashes to its partition, so
 * the catalogue is keyed by language too: what German articles taught never resolves an English name, and
 * the result does not depend on how languages fall on partitions.
 *
 * @param language the articles' language code
 * @param name     an entity id, or a partial-name key in the name index
 */
public record CatalogueKey(String language, String name) {

    /** The language's length in one byte, the language, then the name: codes are a few ASCII letters. */
    public static Serde<CatalogueKey> serde() {
        Serializer<CatalogueKey> serializer = (topic, key) -> {
            if (key == null) {
                return null;
            }
            byte[] language = key.language.getBytes(StandardCharsets.UTF_8);
            byte[] name = key.name.getBytes(StandardCharsets.UTF_8);
            if (language.length > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("language code longer than 127 bytes: " + key.language);
            }
            return ByteBuffer.allocate(1 + language.length + name.length).put((byte) language.length).put(language).put(name).array();
        };
        Deserializer<CatalogueKey> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            int length = bytes[0];
            return new CatalogueKey(new String(bytes, 1, length, StandardCharsets.UTF_8),
                    new String(bytes, 1 + length, bytes.length - 1 - length, StandardCharsets.UTF_8));
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
