package io.newswire.streams;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Derived stores (indexes kept without a changelog because they can be recomputed from a logged store)
 * are rebuilt when a task starts with them empty: after it moved to another instance or its local
 * state was wiped. This is the one test for "empty" they all use.
 */
public final class DerivedStores {

    private DerivedStores() {
    }

    public static boolean isEmpty(KeyValueStore<?, ?> store) {
        try (KeyValueIterator<?, ?> any = store.all()) {
            return !any.hasNext();
        }
    }
}
