package io.newswire.producer.feeds;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where per-source state lives between polls and across restarts. */
public interface SourceStateStore {

    SourceState load(String source);

    void save(String source, SourceState state);

    /** Kept in memory only: for tests and one-shot runs. */
    static SourceStateStore inMemory() {
        Map<String, SourceState> states = new ConcurrentHashMap<>();
        return new SourceStateStore() {
            @Override
            public SourceState load(String source) {
                return states.getOrDefault(source, SourceState.empty());
            }

            @Override
            public void save(String source, SourceState state) {
                states.put(source, state);
            }
        };
    }
}
