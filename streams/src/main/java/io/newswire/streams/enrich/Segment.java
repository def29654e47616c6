package io.newswire.streams.enrich;

import java.util.List;

/** A piece of a capitalised run: a known name, a title, a demonym, or a name still to classify. */
record Segment(Kind kind, List<Token> tokens, Gazetteer.Known known) {

    enum Kind { KNOWN, TITLE, DEMONYM, UNKNOWN }

    String surface() {
        // Asked several times of every mention; most are one word, which needs no joining.
        if (tokens.size() == 1) {
            return tokens.get(0).norm();
        }
        StringBuilder surface = new StringBuilder(tokens.get(0).norm());
        for (int i = 1; i < tokens.size(); i++) {
            // Inside a name only "d'" and "dell'" can stand between two words ("Côte d'Ivoire", see NameChunker); Chinese
            // and Japanese write a name's words together (联合国).
            Token word = tokens.get(i);
            boolean together = tokens.get(i - 1).end() == word.start() && UnspacedScripts.isUnspaced(word.text().codePointAt(0));
            surface.append(together ? "" : " ").append(word.elided()).append(word.norm());
        }
        return surface.toString();
    }

    Token first() {
        return tokens.get(0);
    }

    Token last() {
        return tokens.get(tokens.size() - 1);
    }
}
