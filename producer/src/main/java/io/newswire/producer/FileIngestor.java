package io.newswire.producer;

import io.newswire.avro.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the files under the given paths into raw articles: text in the seed form, HTML pages (.html,
 * .htm) and JSON lines (.jsonl, .ndjson); what cannot be read becomes a dead letter.
 */
public final class FileIngestor {

    private final TextArticleReader reader;
    private final JsonLinesReader jsonLines;
    private final RawArticlePublisher publisher;

    public FileIngestor(TextArticleReader reader, RawArticlePublisher publisher) {
        this.reader = reader;
        this.jsonLines = new JsonLinesReader(java.time.Clock.systemUTC());
        this.publisher = publisher;
    }

    public IngestReport ingest(List<Path> paths) {
        for (Path file : InputFiles.expand(paths)) {
            if (publisher.stopped()) {
                break;
            }
            String origin = file.toString();
            try {
                if (JsonLinesReader.isJsonLines(file)) {
                    jsonLines.read(file, new JsonLinesReader.Sink() {
                        @Override
                        public void article(RawArticle article, String lineOrigin) {
                            publisher.publish(article, lineOrigin);
                        }

                        @Override
                        public void badLine(String lineOrigin, String reason, byte[] line) {
                            publisher.deadLetter(lineOrigin, reason, null, line);
                        }
                    });
                    continue;
                }
                RawArticle article = reader.read(file);
                publisher.publish(article, origin);
            } catch (UnreadableInputException e) {
                publisher.deadLetter(origin, e.getMessage(), e.getCause() == null ? e : e.getCause(), rawBytes(file));
            }
        }
        return publisher.finish();
    }

    private static byte[] rawBytes(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= TextArticleReader.MAX_BYTES ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
