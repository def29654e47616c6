package io.newswire.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Articles as JSON lines (.jsonl, .ndjson): one object per line with {@code body} (plain text, its
 * first line standing in for a missing {@code title}) or {@code html}, and optionally {@code id}, {@code url}, {@code source}, {@code published},
 * {@code section}, {@code authors}. Each good line becomes a RawArticle carrying the line untouched;
 * each bad line is reported with its line number, and the rest of the file goes on.
 */
public final class JsonLinesReader {

    /** Receives each article or each bad line, in file order. */
    public interface Sink {
        void article(RawArticle article, String origin);

        void badLine(String origin, String reason, byte[] line);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public JsonLinesReader(Clock clock) {
        this.clock = clock;
    }

    public static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    public void read(Path file, Sink sink) throws UnreadableInputException {
        String defaultSource = TextArticleReader.sourceOf(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String origin = file + ":" + number;
                try {
                    sink.article(article(line, defaultSource, file, number), origin);
                } catch (IllegalArgumentException e) {
                    sink.badLine(origin, "line " + number + ": " + e.getMessage(), line.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read " + file + ": " + e, e);
        }
    }

    private RawArticle article(String line, String defaultSource, Path file, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!node.hasNonNull("body") && !node.hasNonNull("html")) {
            throw new IllegalArgumentException("neither \"body\" nor \"html\"");
        }
        Optional<String> url = Optional.ofNullable(node.path("url").asText(null));
        String id = node.hasNonNull("id") ? node.get("id").asText()
                : ArticleIds.of(url, node.path("title").asText("") + "\n\n" + node.path("body").asText(node.path("html").asText("")));
        return RawArticle.newBuilder()
                .setId(id)
                .setSource(node.path("source").asText(defaultSource))
                .setUrl(url.flatMap(ArticleIds::canonicalUrl).orElse(null))
                .setContentType("application/json")
                .setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)))
                .setFetchedAt(clock.instant())
                .setMetadata(Map.of("path", file.toString(), "line", String.valueOf(number)))
                .build();
    }
}
