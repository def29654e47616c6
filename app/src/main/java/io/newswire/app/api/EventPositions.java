package io.newswire.app.api;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * An SSE event id: the next offset of every partition of the topic after this event ("0:15,1:7,2:3"), so a
 * client that reconnects with Last-Event-ID resumes exactly after the last event it received.
 */
record EventPositions(Map<Integer, Long> nextOffsets) {

    static EventPositions parse(String id) {
        Map<Integer, Long> offsets = new TreeMap<>();
        if (id == null || id.isBlank()) {
            return new EventPositions(offsets);
        }
        for (String part : id.trim().split(",")) {
            int colon = part.indexOf(':');
            try {
                int partition = Integer.parseInt(part.substring(0, Math.max(colon, 0)).trim());
                long offset = Long.parseLong(part.substring(colon + 1).trim());
                if (colon < 0 || partition < 0 || offset < 0) {
                    throw new NumberFormatException();
                }
                offsets.put(partition, offset);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Last-Event-ID must be partition:offset pairs such as 0:15,1:7, not '" + id + "'");
            }
        }
        return new EventPositions(offsets);
    }

    EventPositions after(int partition, long offset) {
        Map<Integer, Long> next = new TreeMap<>(nextOffsets);
        next.put(partition, offset + 1);
        return new EventPositions(next);
    }

    boolean isEmpty() {
        return nextOffsets.isEmpty();
    }

    @Override
    public String toString() {
        StringJoiner id = new StringJoiner(",");
        new TreeMap<>(nextOffsets).forEach((partition, offset) -> id.add(partition + ":" + offset));
        return id.toString();
    }
}
