package io.newswire.streams.newsroom;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.NewsroomStory;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.streams.stories.StoryChange;
import io.newswire.streams.stories.StoryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * What the dashboard and the HTTP API read, keyed by story id: each story's latest snapshot and its
 * articles, both from news.events (a CREATED or ARTICLE_ADDED event carries its article). Articles are kept
 * one record each, at their arrival (the event record's timestamp), in a window store: a story's page lists
 * the latest to arrive, and the changelog neither rewrites a story's article list per article (3.3 KB per
 * article on news_cluster) nor needs a tombstone per article, as the store's retention drops them.
 */
public final class NewsroomView {

    /** Articles a story's page lists; the snapshot's counts cover all of them. */
    public static final int MAX_ARTICLES = 50;
    static final int MAX_TIMES = 200;

    private final KeyValueStore<String, NewsroomStory> stories;
    private final WindowStore<String, StoryArticle> articles;

    public NewsroomView(KeyValueStore<String, NewsroomStory> stories, WindowStore<String, StoryArticle> articles) {
        this.stories = stories;
        this.articles = articles;
    }

    /**
     * @param arrival the event record's timestamp: articles are kept by it, so one whose event time is far older
     *                than its story's newest (a back-fill, a feed's archive) is not taken for expired
     * @return the stream time the event carries
     */
    public long apply(StoryEvent event, long arrival) {
        Story story = event.getStory();
        NewsroomStory view = stories.get(story.getId());
        long at = event.getAt().toEpochMilli();
        if (view == null) {
            view = unannounced(event.getAt());
        }
        if (view.getStory() != null && (StoryChange.Type.LINKED.is(event.getType()) || StoryChange.Type.STORYLINE.is(event.getType()))) {
            // The linking task's snapshot may be older than the clusterer's latest: take only its links and storyline.
            // A STORYLINE event is placed before the story meets its links, so its snapshot has none: links stay.
            if (!story.getLinkedStories().isEmpty()) {
                view.getStory().setLinkedStories(story.getLinkedStories());
            }
            if (story.getStorylineId() != null) {
                view.getStory().setStorylineId(story.getStorylineId());
            }
        } else {
            if (view.getStory() != null && story.getLinkedStories().isEmpty()) {
                // The clusterer's snapshots carry no links or storyline; those a LINKED or STORYLINE event brought stay.
                story.setLinkedStories(view.getStory().getLinkedStories());
            }
            if (view.getStory() != null && story.getStorylineId() == null) {
                story.setStorylineId(view.getStory().getStorylineId());
            }
            view.setStory(story);
        }
        view.setUpdatedAt(Instant.ofEpochMilli(Math.max(at, view.getUpdatedAt().toEpochMilli())));
        view.setLastEvent(event.getType());
        if (StoryChange.Type.TRENDING.is(event.getType())) {
            view.setTrendingAt(event.getAt());
        }
        if (StoryChange.Type.MERGED.is(event.getType()) && event.getMergedStoryId() != null && story.getMergedInto() == null
                && !view.getAbsorbed().contains(event.getMergedStoryId())) {
            List<String> absorbed = new ArrayList<>(view.getAbsorbed());
            absorbed.add(event.getMergedStoryId());
            view.setAbsorbed(absorbed);
        }
        StoryArticle article = StoryArticles.of(event);
        if (article != null) {
            addArticle(article, arrival, view);
        }
        stories.put(story.getId(), view);
        return at;
    }

    /** Keeps the article under its story at its arrival, and its event time for the sparkline. */
    private void addArticle(StoryArticle article, long arrival, NewsroomStory view) {
        articles.put(article.getStoryId(), article, arrival);
        List<Long> times = new ArrayList<>(view.getArticleTimes());
        times.add(article.getTime().toEpochMilli());
        times.sort(null);
        view.setArticleTimes(times.size() > MAX_TIMES ? new ArrayList<>(times.subList(times.size() - MAX_TIMES, times.size())) : times);
    }

    /** The story's articles that arrived last, latest first, at most {@link #MAX_ARTICLES}. */
    public static List<StoryArticle> newestArticles(ReadOnlyWindowStore<String, StoryArticle> articles, String storyId) {
        List<StoryArticle> newest = new ArrayList<>();
        try (WindowStoreIterator<StoryArticle> all = articles.backwardFetch(storyId, Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE))) {
            while (all.hasNext() && newest.size() < MAX_ARTICLES) {
                StoryArticle article = all.next().value;
                if (newest.stream().noneMatch(a -> a.getId().equals(article.getId()))) {
                    newest.add(article);
                }
            }
        }
        return newest;
    }

    /** A story not yet seen: its snapshot is set by the event that announces it. */
    private static NewsroomStory unannounced(Instant at) {
        return new NewsroomStory(null, at, null, null, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * Forgets closed stories unchanged since {@code before}: the view is for what is happening, news.stories
     * and news.events keep the record.
     *
     * @return how many stories were removed
     */
    public int expire(long before) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, NewsroomStory> all = stories.all()) {
            while (all.hasNext()) {
                KeyValue<String, NewsroomStory> entry = all.next();
                NewsroomStory view = entry.value;
                boolean done = view.getStory() == null || StoryStatus.CLOSED.is(view.getStory().getStatus());
                if (done && view.getUpdatedAt().toEpochMilli() < before) {
                    expired.add(entry.key);
                }
            }
        }
        // The story's articles age out of the window store on their own.
        expired.forEach(stories::delete);
        return expired.size();
    }
}
