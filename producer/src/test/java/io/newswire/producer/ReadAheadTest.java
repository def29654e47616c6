package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.avro.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    @TempDir
    Path dir;

    private final ArticleFiles files = new ArticleFiles(new TextArticleReader(Clock.systemUTC()));
    private final List<String> told = new ArrayList<>();
    private final ArticleFiles.Sink sink = new ArticleFiles.Sink() {
        @Override
        public void article(RawArticle article, String origin) {
            told.add(Path.of(origin).getFileName().toString());
        }

        @Override
        public void unreadable(String origin, String reason, Throwable cause, byte[] bytes) {
            told.add("unreadable " + Path.of(origin).getFileName());
        }
    };

    @Test
    void shouldHandFilesOverInTheOrderGivenAroundJsonLines() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < ReadAhead.FILES_AHEAD + 3; i++) {
            inputs.add(write(String.format("%03d.txt", i), "Tide report " + i + "\n\nThe tide rose " + i + " centimetres."));
            if (i == 2) {
                inputs.add(write("feed.jsonl", "{\"title\":\"Ferry runs\",\"body\":\"The ferry runs again.\"}\nnot json\n"));
            }
        }
        inputs.add(dir.resolve("missing.txt"));

        try (ReadAhead readAhead = new ReadAhead(files)) {
            readAhead.read(inputs, sink, index -> true);
        }

        List<String> expected = new ArrayList<>(List.of("000.txt", "001.txt", "002.txt", "feed.jsonl:1", "unreadable feed.jsonl:2"));
        for (int i = 3; i < ReadAhead.FILES_AHEAD + 3; i++) {
            expected.add(String.format("%03d.txt", i));
        }
        expected.add("unreadable missing.txt");
        assertEquals(expected, told);
    }

    @Test
    void shouldStopHandingOverWhenToldTo() throws IOException {
        List<Path> inputs = List.of(write("a.txt", "A\n\nFirst."), write("b.txt", "B\n\nSecond."), write("c.txt", "C\n\nThird."));

        try (ReadAhead readAhead = new ReadAhead(files)) {
            readAhead.read(inputs, sink, index -> index < 2);
        }

        assertEquals(List.of("a.txt", "b.txt"), told);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
