package io.newswire.app.api;

import io.newswire.app.api.Views.StorySummary;
import io.newswire.streams.enrich.NameVariants;
import java.util.Locale;

/**
 * The filters of {@code GET /api/stories}. {@code status} is EMERGING, ACTIVE, CLOSED or TRENDING (stories that
 * have trended); {@code q} matches title, keywords and entity names, case-insensitively; {@code country} (ISO 3166-1
 * alpha-2) keeps the stories with a place of that country among their top entities, {@code near} ({@code lat,lon,km})
 * those with a located place within that distance (great-circle), {@code storyline} the stories of one storyline;
 * {@code entity} an entity id, a person also in the other languages' spellings of the name.
 */
record StoryFilter(String topic, String status, String q, String entity, String country, Near near, String storyline, int limit) {

    /** A circle on the earth: centre in degrees, radius in km. */
    record Near(double latitude, double longitude, double km) {
        private static final double EARTH_KM = 6371.0;

        static Near parse(String text) {
            String[] parts = text.split(",");
            try {
                if (parts.length == 3) {
                    Near near = new Near(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()), Double.parseDouble(parts[2].trim()));
                    if (Math.abs(near.latitude) <= 90 && Math.abs(near.longitude) <= 180 && near.km > 0) {
                        return near;
                    }
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("near must be lat,lon,km such as 52.52,13.41,100, not '" + text + "'");
        }

        /** Haversine distance, enough for "within so many km" on news places. */
        boolean contains(Double lat, Double lon) {
            if (lat == null || lon == null) {
                return false;
            }
            double dLat = Math.toRadians(lat - latitude);
            double dLon = Math.toRadians(lon - longitude);
            double a = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a))) <= km;
        }

        @Override
        public String toString() {
            return latitude + "," + longitude + "," + km;
        }
    }

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
        return new StoryFilter(blankToNull(topic), s == null ? null : s.toUpperCase(Locale.ROOT), blankToNull(q), blankToNull(entity), null, null, null, n);
    }

    /** The same filter, also by country (two letters, ISO 3166-1 alpha-2; null or blank: any). */
    StoryFilter withCountry(String code) {
        String c = blankToNull(code);
        if (c != null && !c.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("country must be a two-letter ISO 3166-1 code such as DE, not '" + code + "'");
        }
        return new StoryFilter(topic, status, q, entity, c == null ? null : c.toUpperCase(Locale.ROOT), near, storyline, limit);
    }

    /** The same filter, also by distance from a point ("lat,lon,km"; null or blank: anywhere). */
    StoryFilter withNear(String circle) {
        String c = blankToNull(circle);
        return new StoryFilter(topic, status, q, entity, country, c == null ? null : Near.parse(c), storyline, limit);
    }

    /** The same filter, also by storyline id (null or blank: any). */
    StoryFilter withStoryline(String id) {
        return new StoryFilter(topic, status, q, entity, country, near, blankToNull(id), limit);
    }

    /** A person each language's press spells its own way (vladimir-poutine for vladimir-putin) is the entity asked for. */
    private static boolean samePerson(String id, String asked) {
        String key = NameVariants.linkKey(asked);
        return key.startsWith(NameVariants.PERSON_KEY) && key.equals(NameVariants.linkKey(id));
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
        if (entity != null && story.entities().stream().noneMatch(e -> e.id().equals(entity) || samePerson(e.id(), entity))) {
            return false;
        }
        if (country != null && story.entities().stream().noneMatch(e -> country.equals(e.countryCode()))) {
            return false;
        }
        if (near != null && story.entities().stream().noneMatch(e -> near.contains(e.latitude(), e.longitude()))) {
            return false;
        }
        if (storyline != null && !storyline.equals(story.storylineId())) {
            return false;
        }
        return q == null || mentions(story, q.toLowerCase(Locale.ROOT));
    }

    private static boolean mentions(StorySummary story, String needle) {
        return story.title().toLowerCase(Locale.ROOT).contains(needle)
                || story.keywords().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).contains(needle))
                || story.entities().stream().anyMatch(e -> e.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
