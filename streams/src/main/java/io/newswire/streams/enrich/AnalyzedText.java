package io.newswire.streams.enrich;

import java.util.List;

/**
 * An article's text split into sentences and tokens once, shared by every enricher.
 * The title comes first, as its own sentence(s), and ends at {@code bodyStart}.
 */
public record AnalyzedText(String text, List<Token> tokens, List<int[]> sentences, int bodyStart, boolean headlineCase) {

    /** Text between two tokens, to see whether punctuation separates them. */
    public String gap(Token left, Token right) {
        return text.substring(left.end(), right.start());
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
