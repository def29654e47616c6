package io.newswire.streams.rules;

import io.newswire.streams.enrich.EntityIds;
import io.newswire.streams.enrich.NameVariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A news-topic rule such as {@code entity:Syria OR keyword:"chemical attack"}: fields entity, keyword,
 * category, source, lang and place (a country code or a place name or id); AND, OR, NOT (case-insensitive; adjacent terms mean AND); parentheses;
 * quoted phrases. Parsed once by recursive descent into a tree of predicates.
 */
public final class RuleQuery {

    static final Set<String> FIELDS = Set.of("entity", "keyword", "category", "source", "lang", "place");

    /** A parsed query node. */
    public sealed interface Node permits Term, And, Or, Not {
        boolean matches(RuleSubject subject);
    }

    /** field:value. */
    public record Term(String field, String value) implements Node {
        @Override
        public boolean matches(RuleSubject s) {
            String v = value.toLowerCase(Locale.ROOT);
            return switch (field) {
                case "entity" -> s.entities().contains(v) || s.entities().contains(NameVariants.linkKey(EntityIds.of(v)));
                case "keyword" -> s.keywords().contains(v) || s.title().toLowerCase(Locale.ROOT).contains(v);
                case "category" -> s.categories().contains(v);
                case "source" -> s.sources().contains(v);
                case "lang" -> s.language().equalsIgnoreCase(v);
                // place:de (a country code), place:berlin or place:germany (a place it names)
                case "place" -> s.places().contains(v);
                default -> false;
            };
        }
    }

    /** Both sides. */
    public record And(Node left, Node right) implements Node {
        @Override
        public boolean matches(RuleSubject s) {
            return left.matches(s) && right.matches(s);
        }
    }

    /** Either side. */
    public record Or(Node left, Node right) implements Node {
        @Override
        public boolean matches(RuleSubject s) {
            return left.matches(s) || right.matches(s);
        }
    }

    /** Negation. */
    public record Not(Node inner) implements Node {
        @Override
        public boolean matches(RuleSubject s) {
            return !inner.matches(s);
        }
    }

    private final List<String> tokens;
    private final List<Integer> positions;
    private int next;

    private RuleQuery(String query) {
        this.tokens = new ArrayList<>();
        this.positions = new ArrayList<>();
        tokenize(query);
    }

    public static Node parse(String query) {
        if (query == null || query.isBlank()) {
            throw new RuleSyntaxException("empty query: write e.g. entity:Syria OR keyword:\"chemical attack\"");
        }
        RuleQuery parser = new RuleQuery(query);
        Node node = parser.or();
        if (parser.next < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.next) + "'");
        }
        return node;
    }

    private Node or() {
        Node left = and();
        while (peekKeyword("OR")) {
            next++;
            left = new Or(left, and());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (next < tokens.size() && !peekKeyword("OR") && !tokens.get(next).equals(")")) {
            if (peekKeyword("AND")) {
                next++;
            }
            left = new And(left, not());
        }
        return left;
    }

    private Node not() {
        if (peekKeyword("NOT")) {
            next++;
            return new Not(not());
        }
        return primary();
    }

    private Node primary() {
        if (next >= tokens.size()) {
            throw error("query ends where a term was expected");
        }
        String token = tokens.get(next);
        if (token.equals("(")) {
            next++;
            Node inner = or();
            if (next >= tokens.size() || !tokens.get(next).equals(")")) {
                throw error("missing ')'");
            }
            next++;
            return inner;
        }
        int colon = token.indexOf(':');
        if (colon <= 0) {
            throw error("expected field:value (fields: entity, keyword, category, source, lang), got '" + token + "'");
        }
        String field = token.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) {
            throw error("unknown field '" + field + "' (fields: entity, keyword, category, source, lang)");
        }
        String value = token.substring(colon + 1);
        if (value.startsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isBlank()) {
            throw error("empty value for " + field);
        }
        next++;
        return new Term(field, value);
    }

    private boolean peekKeyword(String keyword) {
        return next < tokens.size() && tokens.get(next).equalsIgnoreCase(keyword);
    }

    private RuleSyntaxException error(String message) {
        int position = next < positions.size() ? positions.get(next) : -1;
        return new RuleSyntaxException(message + (position >= 0 ? " at position " + (position + 1) : ""));
    }

    private void tokenize(String query) {
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                positions.add(i++);
            } else {
                int start = i;
                while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != '(' && query.charAt(i) != ')') {
                    if (query.charAt(i) == '"') {
                        int close = query.indexOf('"', i + 1);
                        if (close < 0) {
                            throw new RuleSyntaxException("unclosed quote at position " + (i + 1));
                        }
                        i = close + 1;
                    } else {
                        i++;
                    }
                }
                tokens.add(query.substring(start, i));
                positions.add(start);
            }
        }
    }
}
