package io.newswire.producer;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Hands new and changed files under some directories (recursively, new subdirectories included) to a
 * callback. A file is handed over once it has stopped changing for a short while, so a file still
 * being written is not read half-way.
 */
public final class DirectoryWatcher implements AutoCloseable {

    static final long SETTLE_MILLIS = 300;

    private final WatchService watcher;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Map<Path, Long> pending = new LinkedHashMap<>();

    public DirectoryWatcher(Iterable<Path> directories) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path dir : directories) {
            registerTree(dir);
        }
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path d : tree.filter(Files::isDirectory).toList()) {
                keys.put(d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY), d);
            }
        }
    }

    /** Blocks, delivering settled files, until the thread is interrupted or the watcher is closed. */
    public void run(Consumer<Path> onFile) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.poll(100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    Path dir = keys.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                            continue;
                        }
                        Path path = dir.resolve((Path) event.context());
                        if (Files.isDirectory(path)) {
                            registerTree(path);
                            try (Stream<Path> files = Files.walk(path)) {
                                files.filter(Files::isRegularFile).forEach(f -> pending.put(f, System.currentTimeMillis()));
                            }
                        } else if (!path.getFileName().toString().startsWith(".")) {
                            pending.put(path, System.currentTimeMillis());
                        }
                    }
                    key.reset();
                }
                long now = System.currentTimeMillis();
                var settled = pending.entrySet().stream().filter(e -> now - e.getValue() >= SETTLE_MILLIS).map(Map.Entry::getKey).toList();
                settled.forEach(pending::remove);
                settled.stream().filter(Files::isRegularFile).forEach(onFile);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
