package io.newswire.streams.enrich;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences with ICU's rule-based breaker, told not to end one after an abbreviation we list ("U.S.",
 * "Inc.") or an abbreviated title ("Sen.", "Dr.", "Gov."), so "Sen. Johnson"
 * and middle initials ("Raymond H. Hawksley") stay one name in one sentence; words with {@link WordScanner}, which keeps dotted abbreviations (U.S.), hyphenated
 * names (al-Assad) and apostrophes (O'Brien, Russia's) whole, and web and e-mail addresses out; an elided article is left out ("l'Ukraine" is
 * the word Ukraine, {@link Elisions}); Chinese, Japanese and Thai runs are cut into words by {@link UnspacedScripts}.
 */
public final class TextAnalyzer {

    private static final BreakIterator SENTENCES = sentenceBreaker();
    private static final double HEADLINE_CASE_SHARE = 0.6;

    public AnalyzedText analyze(String title, String body) {
        String text = title + "\n\n" + body;
        int bodyStart = title.length() + 2;
        List<int[]> sentences = new ArrayList<>();
        // Only a quotation in guillemets splits at a dash (below): most texts have none, and skip the pattern.
        boolean guillemets = text.indexOf('\u00ab') >= 0;
        sentences(text, 0, title.length(), guillemets, sentences);
        sentences(text, bodyStart, text.length(), guillemets, sentences);
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        for (int s = 0; s < sentences.size(); s++) {
            int[] bounds = sentences.get(s);
            int position = 0;
            int i = bounds[0];
            while (i < bounds[1]) {
                int end = WordScanner.wordEnd(text, i, bounds[1]);
                if (end < 0) {
                    i += Character.charCount(text.codePointAt(i));
                    continue;
                }
                int link = WordScanner.linkEnd(text, i, end, bounds[1]);
                if (link >= 0) {
                    i = link;
                    continue;
                }
                if (UnspacedScripts.holds(text, i, end)) {
                    for (int[] span : UnspacedScripts.words(text, i, end)) {
                        String word = text.substring(span[0], span[1]);
                        tokens.add(new Token(word, word, word.toLowerCase(Locale.ROOT), span[0], span[1], s, position++, false, tokens.size()));
                    }
                    i = end;
                    continue;
                }
                int spaced = Elisions.spacedWordStart(text, i, end, bounds[1]);
                int spacedEnd = spaced < 0 ? -1 : WordScanner.wordEnd(text, spaced, bounds[1]);
                if (spacedEnd > 0) {
                    // The article and its word as one word, as the text would be without the space.
                    String written = text.substring(i, end + 1) + text.substring(spaced, spacedEnd);
                    int article = articleLength(written, 0, written.length(), position == 0);
                    tokens.add(article > 0 ? token(text.substring(spaced, spacedEnd), spaced, spacedEnd, s, position++, tokens.size(), written.substring(0, article))
                            : token(written, i, spacedEnd, s, position++, tokens.size(), ""));
                    i = spacedEnd;
                    continue;
                }
                int article = articleLength(text, i, end, position == 0);
                tokens.add(token(text.substring(i + article, end), i + article, end, s, position++, tokens.size(), text.substring(i, i + article)));
                i = end;
            }
        }
        return new AnalyzedText(text, tokens, sentences, bodyStart, headlineCase(tokens, bodyStart));
    }

    /** The elided article opening text[start, end), kept on a name the gazetteer knows with it ("L'Aquila" opening a sentence). */
    private static int articleLength(String text, int start, int end, boolean opensSentence) {
        int article = Elisions.articleLength(text, start, end, opensSentence);
        if (article > 0 && opensSentence && Character.isUpperCase(text.charAt(start + article))
                && Gazetteer.get().lookup(Lexicon.key(text.substring(start, end))) != null) {
            return 0;
        }
        return article;
    }

    private static Token token(String word, int start, int end, int sentence, int position, int index, String elided) {
        boolean possessive = word.endsWith("'s") || word.endsWith("\u2019s");
        String norm = possessive ? word.substring(0, word.length() - 2) : word;
        return new Token(word, norm, norm.toLowerCase(Locale.ROOT), start, end, sentence, position, possessive, index, elided);
    }

    private static BreakIterator sentenceBreaker() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        Gazetteer.get().abbreviatedTitles().forEach(builder::suppressBreakAfter);
        for (String line : Lexicon.lines("abbreviations.txt")) {
            for (String abbreviation : line.split("\\s+")) {
                builder.suppressBreakAfter(abbreviation);
            }
        }
        for (char initial = 'A'; initial <= 'Z'; initial++) {
            // "Raymond H. Hawksley": a sentence ending in a lone capital letter is rarer than a middle initial.
            builder.suppressBreakAfter(initial + ".");
        }
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    private static void sentences(String text, int from, int to, boolean guillemets, List<int[]> out) {
        BreakIterator breaker = (BreakIterator) SENTENCES.clone();
        breaker.setText(text.substring(from, to));
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            if (!out.isEmpty() && text.substring(from + start, from + end).isBlank() && out.get(out.size() - 1)[1] == from + start) {
                // The second newline of a paragraph break is no sentence: counting it would put the next
                // paragraph two sentences away.
                out.get(out.size() - 1)[1] = from + end;
            } else if (guillemets) {
                splitAtDashedSentences(text, from + start, from + end, out);
            } else {
                out.add(new int[] {from + start, from + end});
            }
        }
    }

    /*
     * «Мы готовы, – сказал Лавров. – Но условия прежние»: where the writer's words interrupt a quotation, the sentence
     * after them opens with a dash, which ICU's rules read as no sentence start; names then ran on across the full stop
     * ("Лавров. – Дамбы").
     */
    private static final Pattern DASHED_SENTENCE =
            Pattern.compile("[.!?\u2026]\\s+[\u2013\u2014]\\s+(?=\\p{Lu})");

    private static void splitAtDashedSentences(String text, int start, int end, List<int[]> out) {
        Matcher m = DASHED_SENTENCE.matcher(text).region(start, end);
        int at = start;
        while (m.find()) {
            if (insideGuillemets(text, m.start())) {
                out.add(new int[] {at, m.start() + 1});
                at = m.start() + 1;
            }
        }
        out.add(new int[] {at, end});
    }

    /*
     * Only inside a quotation in guillemets, where the writer's words interrupt the speaker's: elsewhere a dash after a
     * full stop follows an abbreviation in a dateline ("ERIE, Pa. — A Pennsylvania woman") or a tweet's text before its
     * author, and ICU's one sentence there is right (gnews stories had moved with the split).
     */
    private static boolean insideGuillemets(String text, int offset) {
        int open = 0;
        for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            open += c == '\u00ab' ? 1 : c == '\u00bb' ? -1 : 0;
        }
        return open > 0;
    }

    /** "Port Workers Reject Final Offer": capitalisation in such a title says nothing about names. */
    private static boolean headlineCase(List<Token> tokens, int bodyStart) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.start() >= bodyStart) {
                break;
            }
            if (t.alphabetic() && t.text().length() > 3) {
                words++;
                if (t.capitalised()) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised >= words * HEADLINE_CASE_SHARE;
    }
}
