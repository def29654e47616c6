package io.newswire.streams.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/** Reads the word lists shipped under enrich/data; comment lines start with '#'. */
final class Lexicon {

    private Lexicon() {
    }

    static List<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream("data/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing enrichment resource data/" + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String name) {
        return Lexicon.class.getResource("data/" + name) != null;
    }

    static List<String[]> rows(String name) {
        return lines(name).stream().map(l -> l.split("\t", -1)).toList();
    }

    /**
     * Lookup key for names: case, dots and apostrophes do not matter ("U.S." = "US" = "us"), nor an elided "d'" or
     * "dell'" inside a name ("Côte d'Ivoire" = "Côte Ivoire"), which the tokens leave out as they leave out "l'".
     */
    static String key(String text) {
        if (isKey(text)) {
            // Most words asked about are a token's lower-case form already: the same instance keeps its cached hash
            // for the several lookups that follow, and nothing is copied.
            return text;
        }
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (space && (c == 'd' || c == 'D')) {
                int elided = Elisions.ofLength(text, i);
                if (elided > 0) {
                    i += elided - 1;
                    continue;
                }
            }
            if (c == '.' || c == '\'' || c == '\u2019') {
                continue;
            }
            if (c == '-' || Character.isWhitespace(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(Character.toLowerCase(c));
        }
        return key.toString();
    }

    /** Whether {@link #key} would return the text unchanged: no dot, apostrophe, hyphen or capital, single spaces inside. */
    private static boolean isKey(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '-' || Character.toLowerCase(c) != c
                    || (Character.isWhitespace(c) && (c != ' ' || previous == ' '))) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || text.isEmpty();
    }

    private static final char FOLD_FROM = 0xC0;
    private static final char FOLD_TO = 0x250;
    /** Each Latin letter from À to ɏ without its accent (its first NFD character when that is ASCII), or itself. */
    private static final char[] FOLDED = new char[FOLD_TO - FOLD_FROM];

    static {
        for (char c = FOLD_FROM; c < FOLD_TO; c++) {
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            FOLDED[c - FOLD_FROM] = base < 0x80 ? base : c;
        }
    }

    /** One Latin letter without its accent, as {@link #fold} does it. */
    static char fold(char c) {
        return c >= FOLD_FROM && c < FOLD_TO ? FOLDED[c - FOLD_FROM] : c;
    }

    /**
     * A key without the accents of Latin letters ("são paulo" → "sao paulo", "río" → "rio"): news in one language
     * writes another's names with its own accents or none. Other scripts keep theirs (й is not и). Returns the
     * key itself when it has nothing to fold, so callers can tell by identity.
     */
    static String fold(String key) {
        // Most keys have nothing to fold (English, and every script but Latin): find the first letter that changes
        // before copying anything.
        int i = 0;
        while (i < key.length() && fold(key.charAt(i)) == key.charAt(i)) {
            i++;
        }
        if (i == key.length()) {
            return key;
        }
        StringBuilder folded = new StringBuilder(key.length()).append(key, 0, i);
        for (; i < key.length(); i++) {
            folded.append(fold(key.charAt(i)));
        }
        return folded.toString();
    }
}
