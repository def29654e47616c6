package io.newswire.app.registry;

import java.util.function.BiConsumer;

/** Durable, ordered log of registry changes; the store is rebuilt by replaying it. */
public interface SchemaLog extends AutoCloseable {

    /** Feeds every record written so far, in order, to the consumer. */
    void replay(BiConsumer<String, String> apply);

    /** Appends a record and returns once it is durable. */
    void append(String key, String value);

    @Override
    void close();

    /** A log that keeps nothing, for tests and throwaway registries. */
    SchemaLog NONE = new SchemaLog() {
        @Override
        public void replay(BiConsumer<String, String> apply) {
        }

        @Override
        public void append(String key, String value) {
        }

        @Override
        public void close() {
        }
    };
}
