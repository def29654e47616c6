package io.newswire.streams.stories;

import io.newswire.streams.ArticleMemories;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Which story each article belongs to. A merge does not rewrite the absorbed story's articles one by
 * one (their ids are not all kept); it leaves a redirect from the absorbed story to the survivor, and
 * lookups follow redirects, so every article of an absorbed story resolves to the survivor at once.
 * Memberships carry the event time they were last confirmed and are forgotten after the retention; they are kept
 * in the task's {@link ArticleMemories} beside the articles' fingerprints.
 */
final class StoryMembership {

    private static final int MAX_REDIRECTS = 64;

    private final ArticleMemories articles;
    private final TimestampedKeyValueStore<String, String> redirects;

    StoryMembership(ArticleMemories articles, TimestampedKeyValueStore<String, String> redirects) {
        this.articles = articles;
        this.redirects = redirects;
    }

    /** The story the article is in now (after merges), or null when it was never clustered or has expired. */
    String storyOf(String articleId) {
        String story = articles.get(articleId).storyId();
        return story == null ? null : resolve(story);
    }

    String resolve(String storyId) {
        String current = storyId;
        for (int hops = 0; hops < MAX_REDIRECTS; hops++) {
            ValueAndTimestamp<String> next = redirects.get(current);
            if (next == null) {
                return current;
            }
            current = next.value();
        }
        throw new IllegalStateException("redirect cycle from story " + storyId);
    }

    void assign(String articleId, String storyId, long time) {
        articles.update(articleId, memory -> memory.withStory(storyId, time));
    }

    void redirect(String absorbedId, String survivorId, long time) {
        redirects.put(absorbedId, ValueAndTimestamp.make(survivorId, time));
    }

    /** Forgets memberships and redirects last confirmed before the cut-off (their stories are closed). */
    void evictOlderThan(long cutoff) {
        articles.matching(memory -> memory.storyId() != null && memory.storyTime() < cutoff)
                .forEach(entry -> articles.update(entry.key, memory -> memory.withStory(null, 0)));
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<String>> all = redirects.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<String>> entry = all.next();
                if (entry.value.timestamp() < cutoff) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(redirects::delete);
    }
}
