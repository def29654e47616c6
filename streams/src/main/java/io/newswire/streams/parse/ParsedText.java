package io.newswire.streams.parse;

import java.util.List;
import java.util.Optional;

/** What the seed-form text parser finds, before it becomes an Avro Article. */
public record ParsedText(String title, Optional<PublishedTime> published, Optional<String> section,
                         List<String> authors, String body) {
}
