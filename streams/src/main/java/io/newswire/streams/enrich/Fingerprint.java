package io.newswire.streams.enrich;

import java.nio.ByteBuffer;

/**
 * What the near-duplicate index keeps of an article: when it was seen, its number in the index and its MinHash
 * signature. A fixed-size binary layout rather than Avro: one is written per article to a changelog, and 128
 * four-byte bins are most of it.
 */
public record Fingerprint(long timestamp, int number, MinHasher.Signature signature) {

    /** The bytes {@link #writeTo} writes. */
    public static final int SIZE = Long.BYTES + 2 * Integer.BYTES + MinHasher.BINS * Integer.BYTES;

    public void writeTo(ByteBuffer buffer) {
        buffer.putLong(timestamp).putInt(number).putInt(signature.shingles()).put(signature.toBytes());
    }

    /** Reads what {@link #writeTo} wrote; a buffer cut short throws {@link java.nio.BufferUnderflowException}. */
    public static Fingerprint readFrom(ByteBuffer buffer) {
        long timestamp = buffer.getLong();
        int number = buffer.getInt();
        int shingles = buffer.getInt();
        byte[] bins = new byte[MinHasher.BINS * Integer.BYTES];
        buffer.get(bins);
        return new Fingerprint(timestamp, number, MinHasher.Signature.fromBytes(bins, shingles));
    }
}
