package io.newswire.streams.enrich;

import java.util.List;
import java.util.stream.Collectors;

/** A piece of a capitalised run: a known name, a title, a demonym, or a name still to classify. */
record Segment(Kind kind, List<Token> tokens, Gazetteer.Known known) {

    enum Kind { KNOWN, TITLE, DEMONYM, UNKNOWN }

    String surface() {
        return tokens.stream().map(Token::norm).collect(Collectors.joining(" "));
    }

    Token first() {
        return tokens.get(0);
    }

    Token last() {
        return tokens.get(tokens.size() - 1);
    }
}
