package io.newswire.raw;

/**
 * Keys of {@code RawArticle.metadata} that producers before RawArticle v2 wrote for pages fetched for a feed
 * entry; the parser still reads them on such records. New records carry {@code RawArticle.feed_entry} instead.
 */
public final class RawArticleMetadata {

    /** For a page fetched for a feed entry: the entry's published time, which wins over the page's. */
    public static final String FEED_PUBLISHED = "feed_published";
    /** For a page fetched for a feed entry: the entry's authors, separated by {@link #LIST_SEPARATOR}. */
    public static final String FEED_AUTHORS = "feed_authors";
    public static final String LIST_SEPARATOR = "|";

    private RawArticleMetadata() {
    }
}
