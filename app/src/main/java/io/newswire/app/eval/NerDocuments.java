package io.newswire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a named-entity set (one JSON object per line: id, text, entities with code-point
 * offsets), optionally one part of a split by document number, so that a tagger trained on one part
 * is scored on the other and never on what it learned from.
 */
public final class NerDocuments {

    /** A document with its gold names. */
    public record Document(String id, String text, List<NerScore.Mention> gold) {

        /** A gold name's UTF-16 offsets into the text, as Java strings count. */
        public int charOffset(int codePoints) {
            return text.offsetByCodePoints(0, codePoints);
        }
    }

    /** Documents whose number modulo {@code parts} is {@code part}; {@code parts} 1 takes them all. */
    public record Split(int parts, int part) {
        public static final Split ALL = new Split(1, 0);

        public Split {
            if (parts < 1 || part < 0 || part >= parts) {
                throw new IllegalArgumentException("a split takes part 0 to " + (parts - 1) + " of " + parts + " parts, not " + part);
            }
        }

        boolean takes(int number) {
            return number % parts == part;
        }

        @Override
        public String toString() {
            return parts == 1 ? "all documents" : "documents numbered " + part + " modulo " + parts;
        }
    }

    private NerDocuments() {
    }

    public static List<Document> read(Path file, Split split) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            if (split.takes(number++)) {
                JsonNode doc = json.readTree(line);
                List<NerScore.Mention> gold = new ArrayList<>();
                for (JsonNode e : doc.path("entities")) {
                    gold.add(new NerScore.Mention(e.get("start").asInt(), e.get("end").asInt(), e.get("type").asText()));
                }
                documents.add(new Document(doc.get("id").asText(), doc.get("text").asText(), gold));
            }
        }
        return documents;
    }
}
