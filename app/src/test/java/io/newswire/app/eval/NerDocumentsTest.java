package io.newswire.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerDocumentsTest {

    @TempDir
    Path dir;

    private Path set() throws IOException {
        Path file = dir.resolve("set.jsonl");
        Files.write(file, List.of(
                "{\"id\": \"d0\", \"text\": \"Ölpreis in Genf\", \"entities\": [{\"start\": 11, \"end\": 15, \"type\": \"LOC\"}]}",
                "{\"id\": \"d1\", \"text\": \"Nichts\", \"entities\": []}",
                "",
                "{\"id\": \"d2\", \"text\": \"\uD835\uDC00 in Rom\", \"entities\": [{\"start\": 5, \"end\": 8, \"type\": \"LOC\"}]}"));
        return file;
    }

    @Test
    void shouldTakeTheDocumentsOfOnePartOfASplit() throws IOException {
        assertEquals(List.of("d0", "d2"), NerDocuments.read(set(), new NerDocuments.Split(2, 0)).stream().map(NerDocuments.Document::id).toList());
        assertEquals(List.of("d1"), NerDocuments.read(set(), new NerDocuments.Split(2, 1)).stream().map(NerDocuments.Document::id).toList());
        assertEquals(3, NerDocuments.read(set(), NerDocuments.Split.ALL).size());
    }

    @Test
    void shouldTurnCodePointOffsetsIntoJavaStringOffsets() throws IOException {
        NerDocuments.Document doc = NerDocuments.read(set(), NerDocuments.Split.ALL).get(2);
        NerScore.Mention rome = doc.gold().get(0);
        assertEquals("Rom", doc.text().substring(doc.charOffset(rome.start()), doc.charOffset(rome.end())));
    }

    @Test
    void shouldRefuseAPartOutsideTheSplit() {
        assertThrows(IllegalArgumentException.class, () -> new NerDocuments.Split(2, 2));
    }
}
