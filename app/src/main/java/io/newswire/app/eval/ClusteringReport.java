package io.newswire.app.eval;

import io.newswire.avro.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The errors behind a score: stories that mix events (largest first) and events split over most stories. */
public final class ClusteringReport {

    private final Map<String, String> gold;
    private final Map<String, String> predicted;
    private final Map<String, Article> articles;

    public ClusteringReport(Map<String, String> gold, Map<String, String> predicted, Map<String, Article> articles) {
        this.gold = gold;
        this.predicted = predicted;
        this.articles = articles;
    }

    public String render(int show) {
        Map<String, Map<String, Integer>> labelsByStory = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> storiesByLabel = new LinkedHashMap<>();
        gold.forEach((id, label) -> {
            String story = predicted.getOrDefault(id, "(none:" + id + ")");
            labelsByStory.computeIfAbsent(story, s -> new TreeMap<>()).merge(label, 1, Integer::sum);
            storiesByLabel.computeIfAbsent(label, l -> new TreeMap<>()).merge(story, 1, Integer::sum);
        });
        StringBuilder out = new StringBuilder();
        List<Map.Entry<String, Map<String, Integer>>> mixed = mixed(labelsByStory, show);
        out.append("largest wrong merges (story: gold events and article counts):\n");
        for (Map.Entry<String, Map<String, Integer>> e : mixed) {
            out.append("  ").append(e.getKey()).append(" ").append(e.getValue()).append("  ").append(title(e.getKey())).append('\n');
        }
        List<Map.Entry<String, Map<String, Integer>>> fragmented = storiesByLabel.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> -e.getValue().size()))
                .limit(show).toList();
        out.append("most fragmented events (event: stories and their sizes):\n");
        for (Map.Entry<String, Map<String, Integer>> e : fragmented) {
            out.append("  ").append(e.getKey()).append(" in ").append(e.getValue().size()).append(" stories ")
                    .append(e.getValue().values().stream().sorted(Comparator.reverseOrder()).map(String::valueOf)
                            .collect(Collectors.joining("+"))).append('\n');
        }
        return out.toString();
    }

    /** How many groups (stories, storylines) hold more than one gold event, and the largest of them. */
    public static String mixed(String heading, Map<String, String> gold, Map<String, String> groups, int show) {
        Map<String, Map<String, Integer>> labelsByGroup = new LinkedHashMap<>();
        gold.forEach((id, label) -> labelsByGroup.computeIfAbsent(groups.getOrDefault(id, "(none:" + id + ")"), s -> new TreeMap<>())
                .merge(label, 1, Integer::sum));
        long count = labelsByGroup.values().stream().filter(labels -> labels.size() > 1).count();
        StringBuilder out = new StringBuilder(heading + ": " + count + "\n");
        for (Map.Entry<String, Map<String, Integer>> e : mixed(labelsByGroup, show)) {
            out.append("  ").append(e.getKey()).append(" ").append(e.getValue()).append('\n');
        }
        return out.toString();
    }

    private static List<Map.Entry<String, Map<String, Integer>>> mixed(Map<String, Map<String, Integer>> labelsByGroup, int show) {
        return labelsByGroup.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> -wrongPairs(e.getValue())))
                .limit(show).toList();
    }

    private static int wrongPairs(Map<String, Integer> labels) {
        List<Integer> sizes = new ArrayList<>(labels.values());
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        int same = sizes.stream().mapToInt(c -> c * (c - 1) / 2).sum();
        return total * (total - 1) / 2 - same;
    }

    private String title(String storyId) {
        return articles.values().stream().filter(a -> storyId.equals(a.getStoryId())).map(Article::getTitle).findFirst()
                .map(t -> "\"" + (t.length() > 70 ? t.substring(0, 70) + "…" : t) + "\"").orElse("");
    }
}
