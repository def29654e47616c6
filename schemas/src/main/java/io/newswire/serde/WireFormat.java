package io.newswire.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/** Confluent's framing: magic byte 0, a 4-byte big-endian schema id, then the Avro binary body. */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    static ByteBuffer payload(byte[] data) {
        if (data.length < HEADER_SIZE) {
            throw new SerializationException("Not in the Confluent wire format: " + data.length + " bytes is shorter than the 5-byte header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        byte magic = buffer.get();
        if (magic != MAGIC_BYTE) {
            throw new SerializationException("Unknown magic byte " + magic + ": not in the Confluent wire format");
        }
        return buffer;
    }
}
