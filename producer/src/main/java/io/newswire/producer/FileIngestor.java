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
     * Reads and parses files on a few threads (the producer is thread-safe and batches what they send):
     * one thread spent most of its time reading and parsing while the producer's batches waited. Files
     * are independent records keyed by id, so their order on the topic carries no meaning.
     */
    public IngestReport ingest(List<Path> paths, Progress progress) {
        List<Path> files = InputFiles.expand(paths);
        int threads = Math.max(1, Math.min(READERS, files.size()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < files.size() && !publisher.stopped(); i = next.getAndIncrement()) {
                ingestFile(files.get(i));
                int finished = done.incrementAndGet();
                synchronized (progress) {
                    progress.update(finished, files.size());
                }
            }
        };
        List<Thread> readers = new java.util.ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread reader = new Thread(worker, "newswire-ingest-reader-" + t);
            reader.start();
            readers.add(reader);
        }
        worker.run();
        for (Thread reader : readers) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        progress.update(files.size(), files.size());
        return publisher.finish();
    }

    /** Reading threads, the caller's included: the machines this runs on have few cores, and the producer needs one. */
    static final int READERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

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
