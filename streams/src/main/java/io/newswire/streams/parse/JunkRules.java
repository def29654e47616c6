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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The widget-junk rules, kept as data in junk-rules.txt so adding one never touches the parser. */
public final class JunkRules {

    /** What to do with a line a rule matches. */
    public enum Action { DROP, CUT }

    /**
     * One named rule.
     *
     * @param cues words one of which every line the rule matches contains (lower case); empty when the rule names none.
     *             A regex that must try every start of a long line (".{0,200}\b(…)") then runs only on the few lines a
     *             substring search lets through: two such rules had cost as much as the other twenty.
     */
    public record Rule(String name, Action action, List<String> cues, Pattern pattern) {

        boolean matches(String trimmed, String lower) {
            if (!cues.isEmpty() && cues.stream().noneMatch(lower::contains)) {
                return false;
            }
            return pattern.matcher(trimmed).matches();
        }
    }

    private static final String CUES = "if:";
    private static final Pattern NUMBERED_BACK_REFERENCE = Pattern.compile("\\\\[1-9]");

    private final List<Rule> rules;
    /**
     * The rules without cues as one alternation, a named group per rule: one matcher per line instead of one per
     * rule (2.4 → 2.1 µs per line over 46,147 lines of the benchmark sets, the same answers). Alternatives are
     * tried in order and must match the whole line, so the first group that matched is the first rule that matches.
     */
    private final Pattern uncued;
    /** Each rule's group name in {@link #uncued}; null for a rule with cues. */
    private final String[] groups;

    public JunkRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        StringBuilder alternation = new StringBuilder();
        this.groups = new String[this.rules.size()];
        for (int i = 0; i < this.rules.size(); i++) {
            Rule rule = this.rules.get(i);
            if (rule.cues().isEmpty()) {
                if (NUMBERED_BACK_REFERENCE.matcher(rule.pattern().pattern()).find()) {
                    throw new IllegalArgumentException("Junk rule " + rule.name()
                            + " uses a numbered back-reference, which joining the rules would renumber");
                }
                groups[i] = "r" + i;
                alternation.append(alternation.isEmpty() ? "" : "|")
                        .append("(?<").append(groups[i]).append('>').append(rule.pattern().pattern()).append(')');
            }
        }
        this.uncued = Pattern.compile(alternation.isEmpty() ? "(?!)" : alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
            List<String> cues = List.of();
            String regex = parts[2];
            if (regex.startsWith(CUES)) {
                String[] cued = regex.split("\\t+|\\s{2,}", 2);
                if (cued.length != 2) {
                    throw new IllegalArgumentException("Bad junk rule, expected <name> <action> if:<cue>|<cue> <regex>: " + line);
                }
                cues = List.of(cued[0].substring(CUES.length()).toLowerCase(java.util.Locale.ROOT).split("\\|"));
                regex = cued[1];
            }
            rules.add(new Rule(parts[0], Action.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), cues,
                    Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return new JunkRules(rules);
    }

    /** The first rule matching the whole (trimmed) line, if any. */
    public Optional<Rule> match(String line) {
        String trimmed = line.strip();
        int first = firstUncued(trimmed);
        String lower = null;
        for (int i = 0; i < first; i++) {
            Rule rule = rules.get(i);
            if (!rule.cues().isEmpty()) {
                lower = lower == null ? trimmed.toLowerCase(java.util.Locale.ROOT) : lower;
                if (rule.matches(trimmed, lower)) {
                    return Optional.of(rule);
                }
            }
        }
        return first < rules.size() ? Optional.of(rules.get(first)) : Optional.empty();
    }

    /** The index of the first rule without cues that matches the line, or the number of rules when none does. */
    private int firstUncued(String trimmed) {
        Matcher m = uncued.matcher(trimmed);
        if (m.matches()) {
            for (int i = 0; i < rules.size(); i++) {
                if (groups[i] != null && m.start(groups[i]) >= 0) {
                    return i;
                }
            }
        }
        return rules.size();
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
