package io.newswire.producer.feeds;

import io.newswire.avro.FeedEntryFields;
import io.newswire.avro.RawArticle;
import io.newswire.producer.ArticleIds;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns a feed entry into a raw article: the linked page when the entry is only a teaser and the source allows
 * fetching it (robots.txt permitting), else the entry's own content. Either way the entry's title, time, authors,
 * categories and link travel as typed fields ({@link FeedEntryFields}) for the parser to take over the body's.
 */
final class EntryArticles {

    /** Entry text shorter than this (about three sentences) is a teaser for the linked page. */
    static final int SUMMARY_CHARS = 400;

    private final Clock clock;
    private final PageFetcher pages;

    EntryArticles(Clock clock, PageFetcher pages) {
        this.clock = clock;
        this.pages = pages;
    }

    RawArticle toArticle(FeedSource source, String name, FeedEntry entry, String id) {
        return fullPage(source, name, entry, id).orElseGet(() -> fromEntry(source, name, entry, id));
    }

    /** Only a teaser: the linked page holds the article (fewer than ~3 sentences, or cut off with an ellipsis). */
    static boolean isSummary(FeedEntry entry) {
        String text = entry.content() == null ? "" : entry.content().replaceAll("<[^>]*>", " ").strip();
        return text.length() < SUMMARY_CHARS || text.endsWith("…") || text.endsWith("...") || text.endsWith("[…]");
    }

    private Optional<RawArticle> fullPage(FeedSource source, String name, FeedEntry entry, String id) {
        if (!source.fetchFullPages() || entry.link() == null || !isSummary(entry)) {
            return Optional.empty();
        }
        return pages.fetch(entry.link()).map(page -> RawArticle.newBuilder()
                .setId(id)
                .setSource(name)
                .setUrl(ArticleIds.canonicalUrl(entry.link()).orElse(null))
                .setContentType("text/html")
                .setCharset(page.charset())
                .setBody(ByteBuffer.wrap(page.body()))
                .setFetchedAt(clock.instant())
                .setFeedEntry(fields(source, entry, true, true))
                .build());
    }

    /** The entry's content as the body: HTML when the feed gave markup, else plain text. */
    private RawArticle fromEntry(FeedSource source, String name, FeedEntry entry, String id) {
        String content = entry.content() == null ? "" : entry.content();
        return RawArticle.newBuilder()
                .setId(id)
                .setSource(name)
                .setUrl(entry.link() == null ? null : ArticleIds.canonicalUrl(entry.link()).orElse(null))
                .setContentType(content.contains("<") ? "text/html" : "text/plain")
                .setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)))
                .setFetchedAt(clock.instant())
                .setFeedEntry(fields(source, entry, entry.fullContent(), false))
                .build();
    }

    private static FeedEntryFields fields(FeedSource source, FeedEntry entry, boolean fullContent, boolean page) {
        return FeedEntryFields.newBuilder()
                .setFeed(source.url())
                .setTitle(entry.title())
                .setPublished(entry.published() == null || entry.published().isBlank() ? null : entry.published())
                .setAuthors(entry.authors())
                .setCategories(entry.categories())
                .setLink(entry.link())
                .setFullContent(fullContent)
                .setPage(page)
                .build();
    }
}
