package io.newswire.producer.feeds;

import java.util.ArrayList;
import java.util.List;

/**
 * What we remember about one polled source: HTTP validators for conditional GET, the entry ids
 * already published (the most recent {@value #MAX_SEEN}, or twice the feed's length if longer), when to poll next, and consecutive failures.
 */
public record SourceState(String etag, String lastModified, List<String> seen, long nextPollAt, int failures) {

    public static final int MAX_SEEN = 2000;

    public static SourceState empty() {
        return new SourceState(null, null, List.of(), 0, 0);
    }

    SourceState withSeen(List<String> newIds) {
        return withSeen(newIds, 0);
    }

    /**
     * Remembers at least twice what the feed holds: a feed longer than the memory would otherwise find its
     * oldest entries forgotten and publish them again on every poll.
     */
    SourceState withSeen(List<String> newIds, int feedSize) {
        int keep = Math.max(MAX_SEEN, 2 * feedSize);
        List<String> all = new ArrayList<>(seen);
        all.addAll(newIds);
        return new SourceState(etag, lastModified, all.subList(Math.max(0, all.size() - keep), all.size()), nextPollAt, failures);
    }
}
