package io.newswire.streams.enrich;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Names in text whose script has no capitals (Chinese, Japanese, Thai, Arabic, Persian, Hebrew, Hindi …). Nothing in
 * the writing marks a name there, so only names the gazetteer knows are found: at each word, the longest run of
 * words whose key names a known place, organisation or person, in the article's language (CLDR's 德国, مصر), as
 * every language writes it, or a large city in the script ({@link UncasedCityNames}: 北京). Chinese and Japanese
 * write a name's words together, and the word breaker cuts a name its dictionary lacks into characters, so there the
 * words are joined without spaces and a run may be longer. Where
 * the language writes its conjunctions, prepositions or case particles onto the word, a word the gazetteer does not
 * know is tried without them: an Arabic one-letter proclitic ("والسعودية", and Saudi Arabia), up to two Hebrew ones
 * ("ומצרים", and Egypt), a Korean particle after it ("한국과", with Korea; "서울에서", in Seoul). These are the
 * languages' closed classes of one-letter prefixes and particles, listed here in full.
 */
final class UncasedNames {

    /** Below this share of words with a capital or a small letter, a text is written in a script without case. */
    private static final double CASED_SHARE = 0.2;
    /** Words in a run in scripts written with spaces; characters in those without (中华人民共和国 has seven). */
    private static final int LONGEST_SPACED = 5;
    private static final int LONGEST_UNSPACED = 7;
    /** Arabic's one-letter proclitics: wa- and fa- (and, so), bi- (with, in), li- (for), ka- (as). */
    private static final String ARABIC_PROCLITICS = "\u0648\u0641\u0628\u0644\u0643";
    /** Hebrew's: ve- (and), ha- (the), be- (in), le- (to), mi- (from), she- (that), ke- (as); two may stand together. */
    private static final String HEBREW_PROCLITICS = "\u05d5\u05d4\u05d1\u05dc\u05de\u05e9\u05db";
    /** Korean case and topic particles written onto a noun, the longer first where one ends another (에서는 before 는). */
    private static final List<String> KOREAN_PARTICLES = List.of("에서는", "에서도", "에게서", "으로는", "과의", "와의", "에서",
            "에게", "께서", "으로", "까지", "부터", "보다", "처럼", "에는", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과",
            "도", "로", "만");

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
        boolean syllabic = unspaced || UScript.getScript(first.text().codePointAt(0)) == UScript.HANGUL;
        int last = from;
        while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == first.sentence()
                && (unspaced ? tokens.get(last).end() == tokens.get(last + 1).start()
                        && tokens.get(last + 1).end() - first.start() <= LONGEST_UNSPACED
                        : last + 1 - from < LONGEST_SPACED)) {
            last++;
        }
        for (int to = last + 1; to > from; to--) {
            List<Token> span = tokens.subList(from, to);
            String written = written(span, unspaced);
            if (written.codePointCount(0, written.length()) < (syllabic ? 2 : 3)) {
                // One character (美, 中) abbreviates too many names; two letters in an alphabet are a word, but two Chinese
                // characters or Hangul syllables are a name (德国, 한국).
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
        Gazetteer.Known known = known(Lexicon.key(written), language);
        if (known != null) {
            return known;
        }
        return switch (language.code()) {
            case "ar" -> withoutProclitics(written, ARABIC_PROCLITICS, 1, language);
            case "he" -> withoutProclitics(written, HEBREW_PROCLITICS, 2, language);
            case "ko" -> withoutParticle(written, language);
            default -> null;
        };
    }

    private Gazetteer.Known known(String key, LanguageProfile language) {
        Gazetteer.Known known = gazetteer.lookup(key, language);
        return known != null ? known : UncasedCityNames.get().lookup(key);
    }

    private Gazetteer.Known withoutProclitics(String written, String proclitics, int most, LanguageProfile language) {
        for (int cut = 1; cut <= most && written.length() - cut >= 3 && proclitics.indexOf(written.charAt(cut - 1)) >= 0; cut++) {
            Gazetteer.Known known = known(Lexicon.key(written.substring(cut)), language);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private Gazetteer.Known withoutParticle(String written, LanguageProfile language) {
        for (String particle : KOREAN_PARTICLES) {
            if (written.endsWith(particle) && written.length() - particle.length() >= 2) {
                return known(Lexicon.key(written.substring(0, written.length() - particle.length())), language);
            }
        }
        return null;
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
