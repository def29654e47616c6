package io.newswire.streams.newsroom;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.NewsroomArticles;
import io.newswire.avro.internal.NewsroomStory;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.streams.stories.StoryChange;
import io.newswire.streams.stories.StoryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What the dashboard and the HTTP API read, keyed by story id: each story's latest snapshot and its most
 * recent articles, both from news.events (a CREATED or ARTICLE_ADDED event carries its article).
 */
public final class NewsroomView {

    /** Articles kept per story for its page; the snapshot's counts cover all of them. */
    public static final int MAX_ARTICLES = 50;
    static final int MAX_TIMES = 200;

    private final KeyValueStore<String, NewsroomStory> stories;
    private final KeyValueStore<String, NewsroomArticles> articles;

    public NewsroomView(KeyValueStore<String, NewsroomStory> stories, KeyValueStore<String, NewsroomArticles> articles) {
        this.stories = stories;
        this.articles = articles;
    }

    /** @return the stream time the event carries */
    public long apply(StoryEvent event) {
        Story story = event.getStory();
        NewsroomStory view = stories.get(story.getId());
        long at = event.getAt().toEpochMilli();
        if (view == null) {
            view = unannounced(event.getAt());
        }
        if (view.getStory() != null && (StoryChange.Type.LINKED.is(event.getType()) || StoryChange.Type.STORYLINE.is(event.getType()))) {
            // The linking task's snapshot may be older than the clusterer's latest: take only its links and storyline.
            view.getStory().setLinkedStories(story.getLinkedStories());
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
            addArticle(article, view);
        }
        stories.put(story.getId(), view);
        return at;
    }

    /** Keeps the article among the story's most recent ones and its time for the sparkline. */
    private void addArticle(StoryArticle article, NewsroomStory view) {
        NewsroomArticles kept = articles.get(article.getStoryId());
        List<StoryArticle> list = kept == null ? new ArrayList<>() : new ArrayList<>(kept.getArticles());
        if (list.stream().anyMatch(a -> a.getId().equals(article.getId()))) {
            return;
        }
        list.add(article);
        list.sort(Comparator.comparing(StoryArticle::getTime).reversed());
        articles.put(article.getStoryId(), new NewsroomArticles(list.size() > MAX_ARTICLES ? list.subList(0, MAX_ARTICLES) : list));

        List<Long> times = new ArrayList<>(view.getArticleTimes());
        times.add(article.getTime().toEpochMilli());
        times.sort(null);
        view.setArticleTimes(times.size() > MAX_TIMES ? new ArrayList<>(times.subList(times.size() - MAX_TIMES, times.size())) : times);
    }

    /** A story not yet seen: its snapshot is set by the event that announces it. */
    private static NewsroomStory unannounced(Instant at) {
        return new NewsroomStory(null, at, null, null, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * Forgets closed stories unchanged since {@code before}: the
     * view is for what is happening, news.stories and news.events keep the record.
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
        for (String id : expired) {
            stories.delete(id);
            articles.delete(id);
        }
        return expired.size();
    }
}
