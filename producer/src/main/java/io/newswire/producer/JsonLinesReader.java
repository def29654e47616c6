package io.newswire.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.RawArticle;
import io.newswire.text.LenientText;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
    static final int MAX_ID_CHARS = 512;

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
        // Lines are split as bytes and decoded one by one, so a line that is not UTF-8 is reported and the rest goes on.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int number = 0;
            int accounted = 0;
            for (byte[] bytes = nextLine(in); bytes != null; bytes = nextLine(in)) {
                number++;
                String origin = file + ":" + number;
                // A few bytes that are not UTF-8 are replaced (and reported on the article); a line of garbage is refused.
                LenientText.Decoded decoded = LenientText.decode(bytes, StandardCharsets.UTF_8);
                if (decoded.mostlyGarbage()) {
                    sink.badLine(origin, "line " + number + ": not UTF-8 text (" + decoded.replaced() + " of "
                            + decoded.text().length() + " characters undecodable)", bytes);
                    accounted++;
                    continue;
                }
                String line = decoded.text();
                if (line.isBlank()) {
                    continue;
                }
                accounted++;
                try {
                    sink.article(article(line, defaultSource, file, number), origin);
                } catch (IllegalArgumentException e) {
                    sink.badLine(origin, "line " + number + ": " + e.getMessage(), bytes);
                }
            }
            if (accounted == 0) {
                sink.badLine(file.toString(), "no JSON lines in the file (empty or blank)", Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read " + file + ": " + e, e);
        }
    }

    /** The next line's bytes without its line end, or null at the end of the stream. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? java.util.Arrays.copyOf(bytes, bytes.length - 1) : bytes;
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
        // An id that is empty, an object or an array is no id: such lines would all collapse into one article.
        JsonNode given = node.get("id");
        // An id is also a record key: one of any length would be refused with its record, so long ones are hashed too.
        String id = given != null && given.isValueNode() && !given.isNull() && !given.asText().isBlank()
                && given.asText().length() <= MAX_ID_CHARS ? given.asText()
                : ArticleIds.of(url, node.path("title").asText("") + "\n\n" + node.path("body").asText(node.path("html").asText("")));
        return RawArticle.newBuilder()
                .setId(id)
                // A file of JSON lines often gathers many outlets, so a line's own URL names its outlet before the directory does.
                .setSource(node.hasNonNull("source") ? node.get("source").asText()
                        : url.flatMap(ArticleIds::outlet).orElse(defaultSource))
                .setUrl(url.flatMap(ArticleIds::canonicalUrl).orElse(null))
                .setContentType("application/json")
                .setCharset("UTF-8")
                .setBody(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)))
                .setFetchedAt(clock.instant())
                .setMetadata(Map.of("path", file.toString(), "line", String.valueOf(number)))
                .build();
    }
}
