package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {

    @TempDir
    Path dir;

    @Test
    void shouldHandOverNewFilesAndFilesInNewSubdirectories() throws Exception {
        LinkedBlockingQueue<Path> seen = new LinkedBlockingQueue<>();
        try (DirectoryWatcher watcher = new DirectoryWatcher(List.of(dir))) {
            Thread thread = new Thread(() -> watcher.run(seen::add));
            thread.start();
            try {
                Files.writeString(dir.resolve("one.txt"), "Title\n\nBody.");
                assertEquals(dir.resolve("one.txt"), seen.poll(20, TimeUnit.SECONDS));
                Path sub = Files.createDirectories(dir.resolve("outlet"));
                Files.writeString(sub.resolve("two.txt"), "Title\n\nBody.");
                Path second = seen.poll(20, TimeUnit.SECONDS);
                assertTrue(second != null && second.getFileName().toString().equals("two.txt"), String.valueOf(second));
            } finally {
                thread.interrupt();
                thread.join(5000);
            }
        }
    }

    @Test
    void shouldHandOverChangedFile() throws Exception {
        Path file = dir.resolve("story.txt");
        Files.writeString(file, "Title\n\nFirst version.");
        LinkedBlockingQueue<Path> seen = new LinkedBlockingQueue<>();
        try (DirectoryWatcher watcher = new DirectoryWatcher(List.of(dir))) {
            Thread thread = new Thread(() -> watcher.run(seen::add));
            thread.start();
            try {
                Files.writeString(file, "Title\n\nSecond version.");
                assertEquals(file, seen.poll(20, TimeUnit.SECONDS));
            } finally {
                thread.interrupt();
                thread.join(5000);
            }
        }
    }
}
