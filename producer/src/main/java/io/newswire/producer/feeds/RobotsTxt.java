package io.newswire.producer.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for us: the group naming "newswire" if there is one, else "*";
 * the longest matching Allow/Disallow prefix wins, Allow on a tie (RFC 9309).
 */
public final class RobotsTxt {

    private record Rule(boolean allow, String prefix) {
    }

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    public static RobotsTxt allowAll() {
        return new RobotsTxt(List.of());
    }

    public static RobotsTxt parse(String text, String agent) {
        List<Rule> ours = null;
        List<Rule> star = null;
        List<String> groupAgents = new ArrayList<>();
        List<Rule> current = new ArrayList<>();
        boolean inRules = false;
        for (String rawLine : text.split("\\r?\\n")) {
            String line = rawLine.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    if (groupAgents.stream().anyMatch(a -> agent.toLowerCase(Locale.ROOT).contains(a))) {
                        ours = current;
                    } else if (groupAgents.contains("*") && star == null) {
                        star = current;
                    }
                    groupAgents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    current.add(new Rule(field.equals("allow"), value));
                }
            }
        }
        if (groupAgents.stream().anyMatch(a -> !a.equals("*") && agent.toLowerCase(Locale.ROOT).contains(a))) {
            ours = current;
        } else if (groupAgents.contains("*") && star == null) {
            star = current;
        }
        return new RobotsTxt(ours != null ? ours : star != null ? star : List.of());
    }

    public boolean allows(String path) {
        Rule best = null;
        for (Rule rule : rules) {
            if (path.startsWith(rule.prefix()) && (best == null || rule.prefix().length() > best.prefix().length()
                    || (rule.prefix().length() == best.prefix().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }
}
