package io.newswire.producer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads the next files on a thread of its own while the caller publishes the ones before, and hands them over
 * in the order given. Reading, decoding and hashing a file cost the ingest thread about as much as serialising
 * and sending it, so on one thread the producer waited on the disk and the parser half the time. JSON lines
 * files are read in place, in their turn: one may hold millions of articles, too many to hold ahead.
 */
final class ReadAhead implements AutoCloseable {

    static final int FILES_AHEAD = 64;

    private final ArticleFiles files;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ingest-read-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<CompletableFuture<List<Consumer<ArticleFiles.Sink>>>> ahead = new ArrayDeque<>();

    ReadAhead(ArticleFiles files) {
        this.files = files;
    }

    /**
     * Calls {@code sink} for every file's articles and unreadable inputs, file after file in the given order.
     *
     * @param before told before each file is handed over, with its index; returns false to stop
     */
    void read(List<Path> inputs, ArticleFiles.Sink sink, java.util.function.IntPredicate before) {
        int next = 0;
        for (int i = 0; i < inputs.size(); i++) {
            for (; next < inputs.size() && next < i + FILES_AHEAD && !JsonLinesReader.isJsonLines(inputs.get(next)); next++) {
                Path file = inputs.get(next);
                ahead.add(CompletableFuture.supplyAsync(() -> recorded(file), reader));
            }
            if (!before.test(i)) {
                return;
            }
            if (ahead.isEmpty()) {
                // A JSON lines file (or one the read-ahead stopped at): read it now, on this thread.
                files.read(inputs.get(i), sink);
                next = Math.max(next, i + 1);
            } else {
                await(ahead.poll()).forEach(call -> call.accept(sink));
            }
        }
    }

    /** What reading the file would tell a sink, to be told later on the publishing thread. */
    private List<Consumer<ArticleFiles.Sink>> recorded(Path file) {
        List<Consumer<ArticleFiles.Sink>> calls = new ArrayList<>(1);
        files.read(file, new ArticleFiles.Sink() {
            @Override
            public void article(io.newswire.avro.RawArticle article, String origin) {
                calls.add(sink -> sink.article(article, origin));
            }

            @Override
            public void unreadable(String origin, String reason, Throwable cause, byte[] bytes) {
                calls.add(sink -> sink.unreadable(origin, reason, cause, bytes));
            }
        });
        return calls;
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        ahead.forEach(future -> future.cancel(false));
        reader.shutdownNow();
    }
}
