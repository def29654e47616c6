package io.newswire.streams.enrich;

import java.util.List;
import java.util.Locale;

/**
 * The features the name tagger sees for one token, as 64-bit hashes (pairs and affixes hashed in place,
 * never joined into new strings): the word, its shape and affixes, its neighbours, what separates it from them, and
 * what the rule-based chain said of it and of its neighbours (known name or guess, and which type).
 * Training and tagging call the same method, so the two can never disagree on a feature.
 */
final class NameFeatures {

    static final int MAX = 40;

    private final AnalyzedText text;
    private final LanguageProfile language;
    private final RuleLabels rules;
    private final Gazetteer gazetteer;
    private final Morphology morphology;
    private final Morphology.HashedReadings readings;
    /* Each token's word, shape and rule label hashed once (see hash): every feature of it and of its neighbours reuses them. */
    private final long[] words;
    private final long[] shapes;
    private final long[] labels;
    private final long[] classes;
    private final long[] lemmas;
    private final boolean[] read;
    private final boolean[] hashed;
    private final long[] pair = new long[2];

    NameFeatures(AnalyzedText text, LanguageProfile language, RuleLabels rules, Gazetteer gazetteer) {
        this.text = text;
        this.language = language;
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.morphology = Morphology.of(language.code());
        this.readings = morphology.known() ? morphology.hashedReadings() : null;
        int size = text.tokens().size();
        this.words = new long[size];
        this.shapes = new long[size];
        this.labels = new long[size];
        this.classes = new long[size];
        this.lemmas = new long[size];
        this.read = new boolean[size];
        this.hashed = new boolean[size];
    }

    /** Hashes a token's word, shape and rule label once, when it or a neighbour is first scored: most tokens never are. */
    private void hash(int i) {
        if (!hashed[i]) {
            Token token = text.tokens().get(i);
            words[i] = value(token.lower());
            shapes[i] = value(shape(token.text()));
            labels[i] = value(rules.label(i));
            hashed[i] = true;
        }
    }

    /** Whether the token may be part of a name at all: the tagger scores only these (and words after a name). */
    static boolean candidate(Token token) {
        return token.capitalised() || token.acronym();
    }

    /** Writes the features of token {@code i} after the two previous tags into {@code out}; returns how many. */
    int features(int i, int previousTag, int secondPreviousTag, long[] out) {
        List<Token> tokens = text.tokens();
        Token token = tokens.get(i);
        boolean hasBefore = i > 0 && tokens.get(i - 1).sentence() == token.sentence();
        boolean hasAfter = i + 1 < tokens.size() && tokens.get(i + 1).sentence() == token.sentence();
        String lower = token.lower();
        for (int k = Math.max(0, i - 2); k <= Math.min(tokens.size() - 1, i + 2); k++) {
            hash(k);
        }
        long word = words[i];
        long shape = shapes[i];
        long previous = TAG_VALUES[previousTag + 1];
        int n = 0;
        out[n++] = feature(1, BIAS);
        out[n++] = feature(2, word);
        out[n++] = feature(3, shape);
        out[n++] = feature(4, value(lower, Math.max(0, lower.length() - 2), lower.length()));
        out[n++] = feature(5, value(lower, Math.max(0, lower.length() - 3), lower.length()));
        out[n++] = feature(6, value(lower, Math.max(0, lower.length() - 4), lower.length()));
        out[n++] = feature(7, value(lower, 0, Math.min(3, lower.length())));
        out[n++] = feature(8, token.position() == 0 ? FIRST : text.inTitle(token) ? TITLE : INSIDE);
        out[n++] = feature(9, language.isStopword(lower) ? YES : NO);
        out[n++] = feature(10, hasBefore ? words[i - 1] : START);
        out[n++] = feature(11, hasAfter ? words[i + 1] : END);
        out[n++] = feature(12, hasBefore ? shapes[i - 1] : START);
        out[n++] = feature(13, hasAfter ? shapes[i + 1] : END);
        out[n++] = feature(14, hasBefore ? value(gapClass(text.gap(tokens.get(i - 1), token))) : START);
        out[n++] = feature(15, hasAfter ? value(gapClass(text.gap(token, tokens.get(i + 1)))) : END);
        out[n++] = feature(16, labels[i]);
        out[n++] = feature(17, labels[i], hasBefore ? labels[i - 1] : START);
        out[n++] = feature(18, hasAfter ? labels[i + 1] : END);
        out[n++] = feature(19, previous);
        out[n++] = feature(20, previous, TAG_VALUES[secondPreviousTag + 1]);
        out[n++] = feature(21, previous, word);
        out[n++] = feature(22, previous, shape);
        Boolean given = gazetteer.firstNameOfLowerCase(token.lower());
        out[n++] = feature(23, given == null ? NO : given ? YES : MAYBE);
        out[n++] = feature(24, gazetteer.isOrgHead(token.norm()) ? YES : NO);
        out[n++] = feature(25, rules.seenLowerCase(lower) ? YES : NO);
        out[n++] = feature(26, hasBefore ? words[i - 1] : START, word);
        out[n++] = feature(27, word, hasAfter ? words[i + 1] : END);
        out[n++] = feature(28, hasBefore && i > 1 && tokens.get(i - 2).sentence() == token.sentence() ? words[i - 2] : START);
        out[n++] = feature(29, i + 2 < tokens.size() && tokens.get(i + 2).sentence() == token.sentence() ? words[i + 2] : END);
        out[n++] = feature(30, token.norm().length() < token.text().length() ? YES : NO);
        out[n++] = feature(31, rules.foreignScript(token) ? YES : NO);
        if (morphology.known()) {
            out[n++] = feature(32, classes(i));
            out[n++] = feature(33, lemmas[i]); // set by classes(i)
            out[n++] = feature(34, hasBefore ? classes(i - 1) : START);
            out[n++] = feature(35, hasAfter ? classes(i + 1) : END);
        }
        return n;
    }

    /** The dictionary's word classes of token {@code i}, looked up once: each token is a neighbour of two others. */
    private long classes(int i) {
        if (!read[i]) {
            readings.get(text.tokens().get(i), pair);
            classes[i] = pair[0];
            lemmas[i] = pair[1];
            read[i] = true;
        }
        return classes[i];
    }

    private static final long BIAS = value("");
    private static final long START = value("<s>");
    private static final long END = value("</s>");
    private static final long FIRST = value("first");
    private static final long TITLE = value("title");
    private static final long INSIDE = value("inside");
    private static final long YES = value("yes");
    private static final long NO = value("no");
    private static final long MAYBE = value("maybe");
    private static final long[] TAG_VALUES = tagValues();

    private static long[] tagValues() {
        long[] values = new long[NameTagger.TAGS.size() + 1];
        values[0] = START;
        for (int t = 0; t < NameTagger.TAGS.size(); t++) {
            values[t + 1] = value(NameTagger.TAGS.get(t));
        }
        return values;
    }

    /** "Müller" → "Xx", "EU-Gipfel" → "X-Xx", "G20" → "Xd": the case pattern, runs collapsed. */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder(6);
        char last = 0;
        for (int k = 0; k < word.length() && shape.length() < 6; k++) {
            char c = word.charAt(k);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (kind != last) {
                shape.append(kind);
                last = kind;
            }
        }
        return shape.toString();
    }

    /** What stands between two words: nothing, a comma, an opening or closing quote or bracket, a full stop. */
    private static String gapClass(String gap) {
        String stripped = gap.strip();
        if (stripped.isEmpty()) {
            return gap.isEmpty() ? "joined" : "space";
        }
        char c = stripped.charAt(stripped.length() - 1);
        return switch (c) {
            case ',', ';' -> "comma";
            case '(', '[' -> "open";
            case ')', ']' -> "close";
            case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\'', '\u2019', '\u201a', '\u2018' -> "quote";
            case ':' -> "colon";
            case '-', '\u2013', '\u2014' -> "dash";
            default -> String.valueOf(c).toLowerCase(Locale.ROOT);
        };
    }

    /** FNV-1a of a string: the value a feature template is combined with. */
    static long value(String value) {
        return value(value, 0, value.length());
    }

    /** FNV-1a of {@code value.substring(from, to)}, without making the substring. */
    static long value(String value, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int k = from; k < to; k++) {
            h = (h ^ value.charAt(k)) * PRIME;
        }
        return h;
    }

    /** A feature: its template number and its value, mixed and finished so that near-equal values spread. */
    static long feature(int template, long value) {
        return finish(((template * PRIME) ^ value) * PRIME);
    }

    /** A feature of two values (the previous tag and the word, two neighbouring words). */
    static long feature(int template, long first, long second) {
        return finish(((((template * PRIME) ^ first) * PRIME) ^ second) * PRIME);
    }

    private static final long PRIME = 0x100000001b3L;

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
