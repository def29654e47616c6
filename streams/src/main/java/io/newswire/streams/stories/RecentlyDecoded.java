package io.newswire.streams.stories;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A store of Avro state with the recently used values kept decoded: the store (even cached) hands back a new
 * copy on every read, and decoding was a sixth of the clusterer's time (the state of each story an article
 * fits) and of the linking task's (the storylines each story change is scored against). Writes go through to
 * the store at once, so the changelog and the exactly-once transaction see every change as before. A cached
 * value may be changed in place only between reading it and writing it back in one call of its owner;
 * {@link #forget} drops them all when such a call fails halfway. Processors build this anew in {@code init},
 * so a task closed dirty and revived after an aborted transaction starts with nothing cached.
 */
final class RecentlyDecoded<V> {

    private final KeyValueStore<String, V> store;
    private final Map<String, V> recent;

    RecentlyDecoded(KeyValueStore<String, V> store, int capacity) {
        this.store = store;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    KeyValueStore<String, V> store() {
        return store;
    }

    V get(String id) {
        V state = recent.get(id);
        if (state == null) {
            state = store.get(id);
            if (state != null) {
                recent.put(id, state);
            }
        }
        return state;
    }

    void put(String id, V state) {
        store.put(id, state);
        recent.put(id, state);
    }

    void delete(String id) {
        store.delete(id);
        recent.remove(id);
    }

    void forget() {
        recent.clear();
    }
}
