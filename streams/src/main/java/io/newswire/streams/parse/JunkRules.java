package io.newswire.streams.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The widget-junk rules, kept as data in junk-rules.txt so adding one never touches the parser. */
public final class JunkRules {

    /** What to do with a line a rule matches. */
    public enum Action { DROP, CUT }

    /** One named rule. */
    public record Rule(String name, Action action, Pattern pattern) {
    }

    private final List<Rule> rules;

    public JunkRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static JunkRules load() {
        try (InputStream in = JunkRules.class.getResourceAsStream("junk-rules.txt")) {
            if (in == null) {
                throw new IllegalStateException("junk-rules.txt is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JunkRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\t+|\\s{2,}", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("Bad junk rule, expected <name> <action> <regex>: " + line);
            }
            rules.add(new Rule(parts[0], Action.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)),
                    Pattern.compile(parts[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return new JunkRules(rules);
    }

    /** The first rule matching the whole (trimmed) line, if any. */
    public Optional<Rule> match(String line) {
        String trimmed = line.strip();
        for (Rule rule : rules) {
            if (rule.pattern().matcher(trimmed).matches()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The lines that survive: dropped lines removed, everything after a cut marker removed. */
    public List<String> clean(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            Optional<Rule> rule = match(line);
            if (rule.isEmpty()) {
                kept.add(line);
            } else if (rule.get().action() == Action.CUT) {
                break;
            }
        }
        return kept;
    }
}
