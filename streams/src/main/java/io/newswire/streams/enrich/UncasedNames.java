package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Names in text whose script has no capitals (Chinese, Japanese, Thai, Arabic, Persian, Hebrew, Hindi …). Nothing in
 * the writing marks a name there, so only names the gazetteer knows are found: at each word, the longest run of
 * words whose key names a known place, organisation or person, in the article's language (CLDR's 德国, مصر) or as
 * every language writes it. Chinese and Japanese write a name's words together, and the word breaker cuts a name
 * its dictionary lacks into characters, so there the words are joined without spaces and a run may be longer. An
 * Arabic word may carry a one-letter conjunction or preposition ("والسعودية", and Saudi Arabia), tried without it.
 */
final class UncasedNames {

    /** Below this share of words with a capital or a small letter, a text is written in a script without case. */
    private static final double CASED_SHARE = 0.2;
    /** Words in a run, in scripts written with spaces and in those without (where a name may be cut into characters). */
    private static final int LONGEST_SPACED = 5;
    private static final int LONGEST_UNSPACED = 8;
    /** Arabic's one-letter proclitics: wa- and fa- (and, so), bi- (with, in), li- (for), ka- (as). */
    private static final String PROCLITICS = "\u0648\u0641\u0628\u0644\u0643";

    private final Gazetteer gazetteer;

    UncasedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether the text's words are written in a script without case, so capitals cannot single out its names. */
    static boolean applies(AnalyzedText text) {
        int letters = 0;
        int cased = 0;
        for (Token token : text.tokens()) {
            int first = token.text().codePointAt(0);
            if (Character.isLetter(first)) {
                letters++;
                if (Character.isUpperCase(first) || Character.isLowerCase(first)) {
                    cased++;
                }
            }
        }
        return letters > 0 && cased < letters * CASED_SHARE;
    }

    /** The known names, each a run of its own, as {@link NameChunker#chunk} gives runs of capitalised words. */
    List<List<Segment>> chunk(AnalyzedText text, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        List<List<Segment>> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Segment name = longestKnown(tokens, i, language);
            if (name == null) {
                i++;
            } else {
                runs.add(List.of(name));
                i += name.tokens().size();
            }
        }
        return runs;
    }

    private Segment longestKnown(List<Token> tokens, int from, LanguageProfile language) {
        Token first = tokens.get(from);
        if (!Character.isLetter(first.text().codePointAt(0))) {
            return null;
        }
        boolean unspaced = UnspacedScripts.isUnspaced(first.text().codePointAt(0));
        int last = from;
        while (last + 1 < tokens.size() && last + 1 - from < (unspaced ? LONGEST_UNSPACED : LONGEST_SPACED)
                && tokens.get(last + 1).sentence() == first.sentence()
                && (!unspaced || tokens.get(last).end() == tokens.get(last + 1).start())) {
            last++;
        }
        for (int to = last + 1; to > from; to--) {
            List<Token> span = tokens.subList(from, to);
            String written = written(span, unspaced);
            if (written.codePointCount(0, written.length()) < (unspaced ? 2 : 3)) {
                // One character (美, 中) abbreviates too many names; two letters in an alphabet are a word.
                continue;
            }
            Gazetteer.Known known = lookup(written, language);
            if (known != null) {
                return new Segment(Segment.Kind.KNOWN, List.copyOf(span), known);
            }
        }
        return null;
    }

    private Gazetteer.Known lookup(String written, LanguageProfile language) {
        Gazetteer.Known known = gazetteer.lookup(Lexicon.key(written), language);
        if (known == null && written.length() > 3 && PROCLITICS.indexOf(written.charAt(0)) >= 0) {
            known = gazetteer.lookup(Lexicon.key(written.substring(1)), language);
        }
        return known;
    }

    private static String written(List<Token> span, boolean unspaced) {
        if (span.size() == 1) {
            return span.get(0).norm();
        }
        StringBuilder written = new StringBuilder();
        for (Token token : span) {
            if (!unspaced && written.length() > 0) {
                written.append(' ');
            }
            written.append(token.norm());
        }
        return written.toString();
    }
}
