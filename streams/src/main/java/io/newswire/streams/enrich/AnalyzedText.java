package io.newswire.streams.enrich;

import java.util.List;

/**
 * An article's text split into sentences and tokens once, shared by every enricher.
 * The title comes first, as its own sentence(s), and ends at {@code bodyStart}.
 */
public record AnalyzedText(String text, List<Token> tokens, List<int[]> sentences, int bodyStart, boolean headlineCase) {

    /** Text between two tokens, to see whether punctuation separates them. */
    public String gap(Token left, Token right) {
        // Asked of nearly every pair of neighbours by the name rules, and nearly always one space: no new string for it.
        int from = left.end();
        int to = right.start();
        if (to == from + 1 && text.charAt(from) == ' ') {
            return " ";
        }
        return text.substring(from, to);
    }

    public boolean inTitle(Token token) {
        return token.start() < bodyStart;
    }

    /** Tokens of the body only (the title excluded). */
    public List<Token> bodyTokens() {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < bodyStart) {
            first++;
        }
        return tokens.subList(first, tokens.size());
    }
}
