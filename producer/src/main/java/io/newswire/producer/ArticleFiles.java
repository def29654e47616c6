package io.newswire.producer;

import io.newswire.avro.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every kind of input file ingest takes as raw articles: text in the seed form, HTML pages (.html, .htm)
 * and JSON lines (.jsonl, .ndjson, one article a line). Ingest publishes what it reads; {@code enrich} runs it
 * through the pipeline without Kafka.
 */
public final class ArticleFiles {

    /** Told of each article read, and of each file or line that could not be read, with its bytes when small enough. */
    public interface Sink {
        void article(RawArticle article, String origin);

        void unreadable(String origin, String reason, Throwable cause, byte[] bytes);
    }

    private final TextArticleReader reader;
    private final JsonLinesReader jsonLines;

    public ArticleFiles(TextArticleReader reader) {
        this.reader = reader;
        this.jsonLines = new JsonLinesReader(reader.clock());
    }

    public void read(Path file, Sink sink) {
        String origin = file.toString();
        try {
            if (JsonLinesReader.isJsonLines(file)) {
                jsonLines.read(file, new JsonLinesReader.Sink() {
                    @Override
                    public void article(RawArticle article, String lineOrigin) {
                        sink.article(article, lineOrigin);
                    }

                    @Override
                    public void badLine(String lineOrigin, String reason, byte[] line) {
                        sink.unreadable(lineOrigin, reason, null, line);
                    }
                });
                return;
            }
            sink.article(reader.read(file), origin);
        } catch (UnreadableInputException e) {
            sink.unreadable(origin, e.getMessage(), e.getCause() == null ? e : e.getCause(), rawBytes(file));
        }
    }

    private static byte[] rawBytes(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= TextArticleReader.MAX_BYTES ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
