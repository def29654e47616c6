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
        this.jsonLines = new JsonLinesReader(reader.clock());
        this.publisher = publisher;
    }

    /** Told after each file: how many are done out of how many. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, Progress.NONE);
    }

    /**
     * Files are published in the order given (sorted within directories), on one thread: the order they
     * reach the topic decides which article opens a story, and an ingest run again must cluster the same.
     */
    public IngestReport ingest(List<Path> paths, Progress progress) {
        List<Path> files = InputFiles.expand(paths);
        int done = 0;
        for (Path file : files) {
            progress.update(done++, files.size());
            if (publisher.stopped()) {
                break;
            }
            ingestFile(file);
        }
        progress.update(files.size(), files.size());
        return publisher.finish();
    }

    /** One file, without waiting for delivery: for watched directories, where files arrive one by one. */
    public void ingestFile(Path file) {
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
                return;
            }
            publisher.publish(reader.read(file), origin);
        } catch (UnreadableInputException e) {
            publisher.deadLetter(origin, e.getMessage(), e.getCause() == null ? e : e.getCause(), rawBytes(file));
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
