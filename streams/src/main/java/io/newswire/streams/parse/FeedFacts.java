package io.newswire.streams.parse;

import io.newswire.avro.FeedEntryFields;
import io.newswire.raw.RawArticleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a feed said of an article, which wins over what its body says: the typed {@link FeedEntryFields} of
 * RawArticle v2, or, for raw articles written before it (replayed from old offsets), the published time and
 * authors earlier producers put in the metadata map.
 */
record FeedFacts(Optional<String> title, Optional<String> published, List<String> authors) {

    static FeedFacts of(FeedEntryFields entry, Map<String, String> metadata) {
        if (entry != null) {
            return new FeedFacts(nonBlank(entry.getTitle()), nonBlank(entry.getPublished()), List.copyOf(entry.getAuthors()));
        }
        Map<String, String> legacy = metadata == null ? Map.of() : metadata;
        String authors = legacy.get(RawArticleMetadata.FEED_AUTHORS);
        return new FeedFacts(Optional.empty(), nonBlank(legacy.get(RawArticleMetadata.FEED_PUBLISHED)),
                authors == null ? List.of() : List.of(authors.split(Pattern.quote(RawArticleMetadata.LIST_SEPARATOR))));
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
