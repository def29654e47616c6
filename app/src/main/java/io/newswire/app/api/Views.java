package io.newswire.app.api;

import io.newswire.avro.EntityRecord;
import io.newswire.avro.Story;
import io.newswire.avro.StoryEvent;
import io.newswire.avro.internal.NewsroomStory;
import io.newswire.avro.internal.StoryArticle;
import io.newswire.streams.stories.StoryChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON the API returns (see openapi.yaml): plain records, built from the Avro values the stores hold. */
public final class Views {

    private Views() {
    }

    public record EntityRef(String id, String name, String type, double weight, String countryCode, Double latitude, Double longitude) {
    }

    public record StorySummary(String id, String title, String status, String language, List<String> topics, List<String> sources,
                               int sourceCount, int articleCount, double velocity, String firstSeen, String lastSeen, String updatedAt,
                               String lastEvent, String trendingAt, String mergedInto, List<String> categories, List<String> keywords,
                               List<EntityRef> entities, List<Long> articleTimes, List<LinkedStoryRef> linkedStories,
                               String storylineId, LocationRef location) {
    }

    /** Where a story happens: its most salient located place. */
    public record LocationRef(String entityId, String name, String countryCode, double latitude, double longitude) {
    }

    /** A story in another language that reports the same event. */
    public record LinkedStoryRef(String id, String language, String title, double score) {
    }

    public record Quote(String text, String speaker, String speakerId, boolean partial) {
    }

    public record ArticleView(String id, String storyId, String title, String source, String url, String time, List<Quote> quotations) {
    }

    public record StoryDetail(StorySummary story, List<ArticleView> articles, List<String> absorbed) {
    }

    public record TopicView(String slug, String kind, String query, int stories, long articlesLastHour) {
    }

    public record TrendWindow(String start, String end, long count) {
    }

    public record TrendView(String key, List<TrendWindow> windows) {
    }

    public record EntityView(String id, String name, String type, List<String> aliases, String aliasOf, long articles,
                             String firstSeen, String lastSeen, Map<String, EntityLanguageView> languages, List<StorySummary> stories) {
    }

    /** The entity as one language's articles name it. */
    public record EntityLanguageView(String name, List<String> aliases, long articles) {
    }

    public record EventView(String eventId, String type, String topic, int sequence, String storyId, String articleId,
                            String articleTitle, String mergedStoryId, String at, StorySummary story) {
    }

    public record RuleView(String slug, String query, String createdAt, String topic) {
    }

    public record ApiError(int status, String error) {
    }

    static StorySummary summary(NewsroomStory view) {
        return summary(view.getStory(), view.getUpdatedAt(), view.getLastEvent(), view.getTrendingAt(), view.getArticleTimes());
    }

    static StorySummary summary(Story s, Instant updatedAt, String lastEvent, Instant trendingAt, List<Long> articleTimes) {
        return new StorySummary(s.getId(), s.getTitle(), s.getStatus(), s.getLanguage(), s.getTopics(), s.getSources(),
                s.getSourceCount(), s.getArticleCount(), s.getVelocity(), iso(s.getFirstSeen()), iso(s.getLastSeen()), iso(updatedAt),
                lastEvent, iso(trendingAt), s.getMergedInto(), s.getCategories(), s.getTopKeywords(),
                s.getTopEntities().stream().map(e -> new EntityRef(e.getId(), e.getName(), e.getType(), e.getWeight(), e.getCountryCode(),
                        e.getLatitude(), e.getLongitude())).toList(),
                articleTimes, s.getLinkedStories().stream().map(l -> new LinkedStoryRef(l.getId(), l.getLanguage(), l.getTitle(), l.getScore()))
                        .toList(), s.getStorylineId(), s.getLocation() == null ? null : new LocationRef(s.getLocation().getEntityId(),
                        s.getLocation().getName(), s.getLocation().getCountryCode(), s.getLocation().getLatitude(), s.getLocation().getLongitude()));
    }

    static ArticleView article(StoryArticle a) {
        return new ArticleView(a.getId(), a.getStoryId(), a.getTitle(), a.getSource(), a.getUrl(), iso(a.getTime()),
                a.getQuotations().stream().map(q -> new Quote(q.getText(), q.getSpeaker(), q.getSpeakerId(), q.getPartial())).toList());
    }

    static EventView event(StoryEvent e) {
        StorySummary story = summary(e.getStory(), e.getAt(), e.getType(), StoryChange.Type.TRENDING.is(e.getType()) ? e.getAt() : null, List.of());
        return new EventView(e.getEventId(), e.getType(), e.getTopic(), e.getSequence(), e.getStory().getId(), e.getArticleId(),
                e.getArticleTitle(), e.getMergedStoryId(), iso(e.getAt()), story);
    }

    static EntityView entity(EntityRecord r, List<StorySummary> stories) {
        Map<String, EntityLanguageView> languages = new TreeMap<>();
        r.getLanguages().forEach((language, l) -> languages.put(language, new EntityLanguageView(l.getName(), l.getAliases(), l.getArticles())));
        return new EntityView(r.getId(), r.getName(), r.getType(), r.getAliases(), r.getAliasOf(), r.getArticles(),
                iso(r.getFirstSeen()), iso(r.getLastSeen()), languages, stories);
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
