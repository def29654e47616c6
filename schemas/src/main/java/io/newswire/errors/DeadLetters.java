package io.newswire.errors;

import io.newswire.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Dead letters that can always be written. Whatever failed may be larger than the broker accepts (that
 * is often why it failed), so a letter keeps a bounded prefix of the original with its full size and
 * SHA-256; the reason and key are bounded too. A letter is then at most a few tens of KiB, far under
 * any broker's {@code max.message.bytes}, and a handler never has to dead-letter its own dead letter.
 */
public final class DeadLetters {

    /** How much of the original value a letter keeps. */
    public static final int MAX_KEPT_VALUE_BYTES = 32 * 1024;
    static final int MAX_KEPT_KEY_BYTES = 1024;
    static final int MAX_REASON_CHARS = 4000;

    private DeadLetters() {
    }

    /** A letter for the given stage and reason, with the bounded key and value of what failed. */
    public static DeadLetter.Builder letter(String stage, String reason, Instant failedAt, byte[] key, byte[] value) {
        DeadLetter.Builder builder = DeadLetter.newBuilder()
                .setStage(stage)
                .setReason(bounded(reason))
                .setKey(key == null ? null : ByteBuffer.wrap(prefix(key, MAX_KEPT_KEY_BYTES)))
                .setFailedAt(failedAt);
        if (value != null) {
            builder.setValue(ByteBuffer.wrap(prefix(value, MAX_KEPT_VALUE_BYTES)))
                    .setValueSize((long) value.length)
                    .setValueSha256(sha256(value));
        }
        return builder;
    }

    /** A record key no longer than a letter keeps (article ids are keys, and an input may carry any id). */
    public static byte[] boundedKey(byte[] key) {
        return key == null ? null : prefix(key, MAX_KEPT_KEY_BYTES);
    }

    static String bounded(String reason) {
        String text = reason == null ? "(no reason given)" : reason;
        return text.length() <= MAX_REASON_CHARS ? text : text.substring(0, MAX_REASON_CHARS) + "… (cut)";
    }

    private static byte[] prefix(byte[] bytes, int max) {
        return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
