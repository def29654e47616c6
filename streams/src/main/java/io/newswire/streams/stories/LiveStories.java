package io.newswire.streams.stories;

import io.newswire.avro.internal.StoryState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stories store with the recently used stories kept decoded: the store (even cached) hands back a new
 * Avro copy on every read, and decoding the state of each story an article fits was a sixth of the
 * clusterer's time. Writes go through to the store at once, so the changelog and the exactly-once
 * transaction see every change as before. A cached state may be changed in place only between reading it
 * and writing it back in one call of the clusterer; {@link #forget} drops them all when such a call fails
 * halfway. The processor builds this anew in {@code init}, so a task closed dirty and revived after an
 * aborted transaction starts with nothing cached.
 */
final class LiveStories {

    private final KeyValueStore<String, StoryState> store;
    private final Map<String, StoryState> recent;

    LiveStories(KeyValueStore<String, StoryState> store, int capacity) {
        this.store = store;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
                return size() > capacity;
            }
        };
    }

    KeyValueStore<String, StoryState> store() {
        return store;
    }

    StoryState get(String id) {
        StoryState state = recent.get(id);
        if (state == null) {
            state = store.get(id);
            if (state != null) {
                recent.put(id, state);
            }
        }
        return state;
    }

    void put(String id, StoryState state) {
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
