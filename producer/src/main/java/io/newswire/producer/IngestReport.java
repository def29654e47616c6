package io.newswire.producer;

import java.util.List;

/** What an ingest run did; {@link #success()} drives the command's exit code. */
public record IngestReport(int published, int deadLettered, List<String> undelivered, String fatalError) {

    public boolean success() {
        return undelivered.isEmpty() && fatalError == null;
    }

    public String summary() {
        return "published " + published + ", dead-lettered " + deadLettered + ", undelivered " + undelivered.size()
                + (fatalError == null ? "" : ", stopped: " + fatalError);
    }
}
