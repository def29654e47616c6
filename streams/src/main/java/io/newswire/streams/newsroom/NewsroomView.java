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

/**
 * What the dashboard and the HTTP API read, keyed by story id: each story's latest snapshot and its newest
 * articles, both from news.events (a CREATED or ARTICLE_ADDED event carries its article). The view is a global
 * store, rebuilt from news.events itself, so rewriting a story's value per article costs no broker write; an
 * event read twice (the global store is not transactional) changes nothing.
 */
public final class NewsroomView {

    /** Articles a story's page lists; the snapshot's counts cover all of them. */
    public static final int MAX_ARTICLES = 50;
    static final int MAX_TIMES = 200;

    private final KeyValueStore<String, NewsroomStory> stories;

    public NewsroomView(KeyValueStore<String, NewsroomStory> stories) {
        this.stories = stories;
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
            addArticle(article, view);
        }
        stories.put(story.getId(), view);
        return at;
    }

    /**
     * Puts the article first (the page lists the latest to arrive, so a back-filled article far older than its
     * story's newest still shows) and its event time in the sparkline's; an article already listed stays as it is.
     */
    private static void addArticle(StoryArticle article, NewsroomStory view) {
        if (view.getArticles().stream().anyMatch(a -> a.getId().equals(article.getId()))) {
            return;
        }
        List<StoryArticle> articles = new ArrayList<>(Math.min(MAX_ARTICLES, view.getArticles().size() + 1));
        articles.add(article);
        articles.addAll(view.getArticles().subList(0, Math.min(view.getArticles().size(), MAX_ARTICLES - 1)));
        view.setArticles(articles);
        List<Long> times = new ArrayList<>(view.getArticleTimes());
        times.add(article.getTime().toEpochMilli());
        times.sort(null);
        view.setArticleTimes(times.size() > MAX_TIMES ? new ArrayList<>(times.subList(times.size() - MAX_TIMES, times.size())) : times);
    }

    /** A story not yet seen: its snapshot is set by the event that announces it. */
    private static NewsroomStory unannounced(Instant at) {
        return new NewsroomStory(null, at, null, null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /**
     * Forgets closed stories unchanged since {@code before}, with their articles: the view is for what is
     * happening, news.stories and news.events keep the record.
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
        expired.forEach(stories::delete);
        return expired.size();
    }
}
