package io.newswire.producer.feeds;

import java.util.ArrayList;
import java.util.List;

/**
 * What we remember about one polled source: HTTP validators for conditional GET, the entry ids
 * already published (the most recent {@value #MAX_SEEN}), when to poll next, and consecutive failures.
 */
public record SourceState(String etag, String lastModified, List<String> seen, long nextPollAt, int failures) {

    public static final int MAX_SEEN = 2000;

    public static SourceState empty() {
        return new SourceState(null, null, List.of(), 0, 0);
    }

    SourceState withSeen(List<String> newIds) {
        List<String> all = new ArrayList<>(seen);
        all.addAll(newIds);
        return new SourceState(etag, lastModified, all.subList(Math.max(0, all.size() - MAX_SEEN), all.size()), nextPollAt, failures);
    }
}
