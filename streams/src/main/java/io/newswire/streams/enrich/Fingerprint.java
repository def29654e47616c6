package io.newswire.streams.enrich;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the near-duplicate index keeps of an article: when it was seen, its number in the index and its MinHash
 * signature. A fixed-size binary layout rather than Avro: one is written per article to a changelog, and 128
 * four-byte bins are most of it.
 */
public record Fingerprint(long timestamp, int number, MinHasher.Signature signature) {

    private static final int SIZE = Long.BYTES + 2 * Integer.BYTES + MinHasher.BINS * Integer.BYTES;

    public static Serde<Fingerprint> serde() {
        return Serdes.serdeFrom((topic, f) -> f == null ? null : f.toBytes(), (topic, bytes) -> bytes == null ? null : fromBytes(bytes));
    }

    byte[] toBytes() {
        return ByteBuffer.allocate(SIZE).putLong(timestamp).putInt(number).putInt(signature.shingles()).put(signature.toBytes()).array();
    }

    static Fingerprint fromBytes(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new SerializationException("a near-duplicate fingerprint is " + SIZE + " bytes, not " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long timestamp = buffer.getLong();
        int number = buffer.getInt();
        int shingles = buffer.getInt();
        byte[] bins = new byte[MinHasher.BINS * Integer.BYTES];
        buffer.get(bins);
        return new Fingerprint(timestamp, number, MinHasher.Signature.fromBytes(bins, shingles));
    }
}
