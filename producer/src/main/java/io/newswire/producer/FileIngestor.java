package io.newswire.producer;

import io.newswire.avro.RawArticle;
import java.nio.file.Path;
import java.util.List;

/**
 * Publishes the files under the given paths as raw articles ({@link ArticleFiles}); what cannot be read
 * becomes a dead letter.
 */
public final class FileIngestor {

    private final ArticleFiles files;
    private final RawArticlePublisher publisher;

    public FileIngestor(TextArticleReader reader, RawArticlePublisher publisher) {
        this.files = new ArticleFiles(reader);
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
        List<Path> inputs = InputFiles.expand(paths);
        try (ReadAhead readAhead = new ReadAhead(files)) {
            readAhead.read(inputs, publishing(), done -> {
                progress.update(done, inputs.size());
                return !publisher.stopped();
            });
        }
        progress.update(inputs.size(), inputs.size());
        return publisher.finish();
    }

    /** One file, without waiting for delivery: for watched directories, where files arrive one by one. */
    public void ingestFile(Path file) {
        files.read(file, publishing());
    }

    private ArticleFiles.Sink publishing() {
        return new ArticleFiles.Sink() {
            @Override
            public void article(RawArticle article, String origin) {
                publisher.publish(article, origin);
            }

            @Override
            public void unreadable(String origin, String reason, Throwable cause, byte[] bytes) {
                publisher.deadLetter(origin, reason, cause, bytes);
            }
        };
    }
}
