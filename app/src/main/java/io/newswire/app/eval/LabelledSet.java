package io.newswire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.config.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A labelled JSON-lines set of articles (id, text and a gold event label per line), optionally filtered. */
public record LabelledSet(List<String> lines, Map<String, String> gold) {

    /**
     * @param where FIELD=VALUE conditions a line must meet to be kept
     */
    public static LabelledSet read(Path file, String labelField, List<String> where) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (!matches(node, where)) {
                continue;
            }
            if (!node.hasNonNull("id") || !node.hasNonNull(labelField)) {
                throw new UserFacingException(file + ": every article needs \"id\" and \"" + labelField + "\": " + line.substring(0, Math.min(80, line.length())));
            }
            gold.put(node.get("id").asText(), node.get(labelField).asText());
            lines.add(line);
        }
        return new LabelledSet(lines, gold);
    }

    /** The same articles in an order shuffled with {@code seed}. */
    public LabelledSet shuffled(long seed) {
        List<String> copy = new ArrayList<>(lines);
        Collections.shuffle(copy, new Random(seed));
        return new LabelledSet(copy, gold);
    }

    private static boolean matches(JsonNode node, List<String> where) {
        for (String condition : where) {
            int eq = condition.indexOf('=');
            if (eq < 0) {
                throw new UserFacingException("--where needs FIELD=VALUE, got " + condition);
            }
            if (!node.path(condition.substring(0, eq)).asText("null").equals(condition.substring(eq + 1))) {
                return false;
            }
        }
        return true;
    }
}
