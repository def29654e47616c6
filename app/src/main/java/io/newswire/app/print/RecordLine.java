package io.newswire.app.print;

import io.newswire.streams.stories.StoryChange;
import java.util.Locale;
import org.apache.avro.generic.GenericRecord;

/** One readable line per output record, by record type; unknown types fall back to their key fields. */
public final class RecordLine {

    private static final int TITLE_WIDTH = 80;

    private RecordLine() {
    }

    public static String format(String topic, String key, GenericRecord value) {
        if (value == null) {
            return String.format("%-24s %s (tombstone)", topic, key);
        }
        return switch (value.getSchema().getName()) {
            case "Article" -> String.format(Locale.ROOT, "%-24s %-18s %-10s %s | %s | %d words%s",
                    topic, text(value, "source"), orDash(value.get("published_date") == null ? null
                            : java.time.LocalDate.ofEpochDay((Integer) value.get("published_date"))),
                    clip(text(value, "title")), bylineOf(value), wordCount(text(value, "body")), enrichmentOf(value));
            case "DeadLetter" -> String.format(Locale.ROOT, "%-24s DEAD LETTER [%s] %s: %s", topic, text(value, "stage"),
                    value.get("origin") != null ? text(value, "origin") : value.get("topic") + "@" + value.get("offset"),
                    text(value, "reason"));
            case "StoryEvent" -> {
                GenericRecord story = (GenericRecord) value.get("story");
                // news.events carries each event once with the story's topics; a per-topic copy names its topic.
                String topics = text(value, "topic").isEmpty() ? String.join(",", ((java.util.List<?>) story.get("topics")).stream()
                        .map(Object::toString).toList()) : text(value, "topic");
                String merge = value.get("merged_story_id") == null ? ""
                        : StoryChange.Type.LINKED.is(text(value, "type")) ? " ↔ " + linkedTo(story, text(value, "merged_story_id"))
                        : story.get("merged_into") != null ? " → merged into " + value.get("merged_story_id")
                        : " ← merged " + value.get("merged_story_id");
                yield String.format(Locale.ROOT, "%-24s [%s] %-13s %s (%s articles, %s sources)%s", topic, topics,
                        value.get("type"), clip(text(story, "title")), story.get("article_count"), story.get("source_count"), merge);
            }
            case "RawArticle" -> String.format(Locale.ROOT, "%-24s %-18s %s", topic, text(value, "source"), key);
            default -> String.format(Locale.ROOT, "%-24s %s %s", topic, key, value.getSchema().getName());
        };
    }

    /** "[de] Hochwasser in Lindenholm": the linked story as the story lists it. */
    private static String linkedTo(GenericRecord story, String otherId) {
        Object links = story.getSchema().getField("linked_stories") == null ? null : story.get("linked_stories");
        if (links instanceof java.util.List<?> list) {
            for (Object link : list) {
                GenericRecord l = (GenericRecord) link;
                if (otherId.equals(text(l, "id"))) {
                    return "[" + text(l, "language") + "] " + clip(text(l, "title"));
                }
            }
        }
        return otherId;
    }

    /** How long after ingest this output became visible to a read_committed consumer, for articles. */
    public static String latency(GenericRecord value) {
        if (value == null || value.getSchema().getField("ingested_at") == null) {
            return "";
        }
        long ingested = (Long) value.get("ingested_at");
        return "  (+" + (System.currentTimeMillis() - ingested) + " ms)";
    }

    /** Categories, the three most salient entities and a near-duplicate mark, when the article has them. */
    private static String enrichmentOf(GenericRecord article) {
        if (article.getSchema().getField("entities") == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        java.util.List<?> categories = (java.util.List<?>) article.get("categories");
        if (!categories.isEmpty()) {
            sb.append(" | ").append(String.join(",", categories.stream().map(c -> ((GenericRecord) c).get("code").toString()).toList()));
        }
        java.util.List<?> entities = (java.util.List<?>) article.get("entities");
        if (!entities.isEmpty()) {
            sb.append(" | ").append(String.join(", ", entities.stream().limit(3).map(e -> ((GenericRecord) e).get("name").toString()).toList()));
        }
        if (article.get("duplicate_of") != null) {
            sb.append(String.format(Locale.ROOT, " | copy of %s (%.0f%% of its text)", article.get("duplicate_of"), 100 * (Double) article.get("shared_text_share")));
        }
        Object passages = article.getSchema().getField("shared_passages") == null ? null : article.get("shared_passages");
        if (passages instanceof java.util.List<?> shared && !shared.isEmpty()) {
            sb.append(" | passages shared with ").append(shared.size()).append(shared.size() == 1 ? " article" : " articles");
        }
        return sb.toString();
    }

    private static String bylineOf(GenericRecord article) {
        String section = article.get("section") == null ? "-" : article.get("section").toString();
        Object authors = article.get("authors");
        return section + " | " + (authors == null || authors.toString().equals("[]") ? "-" : String.join(", ",
                ((java.util.List<?>) authors).stream().map(Object::toString).toList()));
    }

    private static int wordCount(String body) {
        return body.isBlank() ? 0 : body.trim().split("\\s+").length;
    }

    private static String text(GenericRecord record, String field) {
        Object value = record.get(field);
        return value == null ? "-" : value.toString();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String clip(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
