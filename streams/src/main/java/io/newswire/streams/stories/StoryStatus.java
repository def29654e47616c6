package io.newswire.streams.stories;

/**
 * A story's status, as {@code Story.status} carries it. The Avro field stays a string: a reader's enum cannot
 * read what earlier writers wrote as a string (Avro allows no string-to-enum promotion), so making it an Avro
 * enum would break the BACKWARD compatibility of the records already on the topics; every module compares
 * through this enum instead of spelling the values.
 */
public enum StoryStatus {
    EMERGING, ACTIVE, CLOSED;

    public boolean is(String status) {
        return name().equals(status);
    }
}
