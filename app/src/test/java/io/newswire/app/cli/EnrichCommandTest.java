package io.newswire.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.Newswire;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldEnrichEachLineOfAJsonLinesFileAndNameTheLineItCouldNotRead() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.jsonl"), """
                {"id": "w1", "title": "Harbour board approves ferry timetable", "body": "The harbour board in Lindenholm approved the new ferry timetable on Monday."}
                not json
                {"id": "w2", "title": "Dock workers accept pay offer", "body": "Dock workers in Velmar accepted the pay offer on Tuesday, their union said."}
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Newswire.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("enrich", "--compact", file.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("Harbour board approves ferry timetable", first.get("title").asText());
        assertEquals("en", first.get("language").asText());
        assertTrue(err.toString().contains("wire.jsonl:2"), err.toString());
        assertEquals(1, code);
    }
}
