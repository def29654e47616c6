package io.newswire.producer;

import io.newswire.config.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.config.Durations;
import io.newswire.producer.feeds.FeedSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A YAML list of sources to ingest:
 * <pre>
 * sources:
 *   - name: coastal-herald              # the articles' source; default: the host or directory name
 *     url: https://coastal.example/rss  # a feed ...
 *     interval: 10m                     # poll interval (default 5m)
 *     fetch_full_pages: true            # fetch the linked page when an entry is only a summary
 *     outlet: "Coastal Herald"          # optional, for people reading the list (sources/*.yaml name it)
 *     language: en                      # optional, likewise: each article's language is identified anyway
 *   - name: archive
 *     path: /data/articles              # ... or files / a directory (watched with --follow)
 *     kind: dir                         # optional: feed | dir | file (detected when absent)
 * </pre>
 */
public final class SourcesFile {

    /** What the file lists, split by kind. */
    public record Sources(List<FeedSource> feeds, List<Path> paths) {
    }

    private static final Set<String> KINDS = Set.of("feed", "dir", "file");

    private SourcesFile() {
    }

    public static Sources read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UserFacingException("Cannot read sources file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("sources").isArray()) {
            throw new UserFacingException(file + ": expected a top-level 'sources:' list");
        }
        List<FeedSource> feeds = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        int index = 0;
        for (JsonNode source : root.get("sources")) {
            index++;
            String where = file + ", source " + index;
            String url = source.path("url").asText(null);
            String path = source.path("path").asText(null);
            String kind = source.path("kind").asText(url != null ? "feed" : "dir").toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                throw new UserFacingException(where + ": unknown kind '" + kind + "' (feed, dir or file)");
            }
            if (kind.equals("feed")) {
                if (url == null) {
                    throw new UserFacingException(where + ": a feed needs a 'url'");
                }
                FeedSource defaults = FeedSource.of(url);
                feeds.add(new FeedSource(source.path("name").asText(defaults.name()), url,
                        duration(source.path("interval").asText("5m"), where), source.path("fetch_full_pages").asBoolean(defaults.fetchFullPages())));
            } else {
                if (path == null) {
                    throw new UserFacingException(where + ": a " + kind + " source needs a 'path'");
                }
                paths.add(file.toAbsolutePath().getParent().resolve(path).normalize());
            }
        }
        return new Sources(feeds, paths);
    }

    private static Duration duration(String text, String where) {
        return Durations.parse(text).orElseThrow(() ->
                new UserFacingException(where + ": interval '" + text + "' is not like 30s, 5m or 1h"));
    }
}
