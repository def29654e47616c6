package io.newswire.producer.feeds;

import java.util.List;

/** One item of an RSS or Atom feed, as the feed gives it. */
public record FeedEntry(String id, String link, String title, String published, List<String> authors, List<String> categories,
                        String content, boolean fullContent) {
}
