package io.newswire.app.api;

import io.newswire.app.api.Views.StorySummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The filters of {@code GET /api/stories}. {@code status} is EMERGING, ACTIVE, CLOSED or TRENDING (stories that
 * have trended); {@code q} matches title, keywords and entity names, case-insensitively; {@code country} (ISO 3166-1
 * alpha-2) keeps the stories with a place of that country among their top entities.
 */
record StoryFilter(String topic, String status, String q, String entity, String country, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    static StoryFilter of(String topic, String status, String q, String entity, String limit) {
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("limit must be a number from 1 to " + MAX_LIMIT + ", not '" + limit + "'");
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", not " + n);
            }
        }
        String s = blankToNull(status);
        if (s != null && !s.matches("(?i)EMERGING|ACTIVE|CLOSED|TRENDING")) {
            throw new IllegalArgumentException("status must be EMERGING, ACTIVE, CLOSED or TRENDING, not '" + status + "'");
        }
        return new StoryFilter(blankToNull(topic), s == null ? null : s.toUpperCase(Locale.ROOT), blankToNull(q), blankToNull(entity), null, n);
    }

    /** The same filter, also by country (two letters, ISO 3166-1 alpha-2; null or blank: any). */
    StoryFilter withCountry(String code) {
        String c = blankToNull(code);
        if (c != null && !c.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("country must be a two-letter ISO 3166-1 code such as DE, not '" + code + "'");
        }
        return new StoryFilter(topic, status, q, entity, c == null ? null : c.toUpperCase(Locale.ROOT), limit);
    }

    boolean matches(StorySummary story) {
        if (story.mergedInto() != null) {
            return false; // absorbed: its articles are shown under the story it merged into
        }
        if (topic != null && !story.topics().contains(topic)) {
            return false;
        }
        if (status != null && !(status.equals("TRENDING") ? story.trendingAt() != null : status.equals(story.status()))) {
            return false;
        }
        if (entity != null && story.entities().stream().noneMatch(e -> e.id().equals(entity))) {
            return false;
        }
        if (country != null && story.entities().stream().noneMatch(e -> country.equals(e.countryCode()))) {
            return false;
        }
        return q == null || mentions(story, q.toLowerCase(Locale.ROOT));
    }

    private static boolean mentions(StorySummary story, String needle) {
        return story.title().toLowerCase(Locale.ROOT).contains(needle)
                || story.keywords().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).contains(needle))
                || story.entities().stream().anyMatch(e -> e.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** The same filter as a query string, for asking the other instances. */
    String toQuery() {
        StringJoiner query = new StringJoiner("&");
        add(query, "topic", topic);
        add(query, "status", status);
        add(query, "q", q);
        add(query, "entity", entity);
        add(query, "country", country);
        add(query, "limit", String.valueOf(limit));
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
