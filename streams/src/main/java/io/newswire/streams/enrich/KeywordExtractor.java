package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * What an article is about, as TF-IDF over its content words (names included: "lohan" and "rehab" both
 * say what happened), title words counting double, document frequencies learned from the stream. Raw
 * term counts rather than log counts, so a word the article keeps returning to outranks a rare word
 * used once. The top of this vector is both what clustering compares and the keywords users see.
 * Scores are scaled so the best keyword is 1.
 */
public final class KeywordExtractor {

    /** A keyword and its relative weight in the article. */
    public record Keyword(String term, double score) {
    }

    static final int TOP = 20;

    private final WordStats words;
    private final ReportingVerbs reportingVerbs;

    public KeywordExtractor(WordStats words) {
        this(words, new ReportingVerbs());
    }

    KeywordExtractor(WordStats words, ReportingVerbs reportingVerbs) {
        this.words = words;
        this.reportingVerbs = reportingVerbs;
    }

    /** Terms that count for TF-IDF: lower-cased words of three letters or more that are not stop words. */
    public Map<String, Integer> termCounts(AnalyzedText text) {
        return termCounts(text, LanguageProfile.english());
    }

    /** The same, with the stopwords of the article's language (English keeps the project's own list). */
    public Map<String, Integer> termCounts(AnalyzedText text, LanguageProfile language) {
        return termCounts(text, text.tokens(), language);
    }

    /** The counts of some of the text's tokens alone, e.g. the words of people's names. */
    Map<String, Integer> termCounts(AnalyzedText text, List<Token> tokens, LanguageProfile language) {
        Map<String, Integer> tf = new HashMap<>();
        java.util.Set<String> calendar = CalendarWords.of(language.code());
        for (Token t : tokens) {
            String term = t.lower();
            if (!language.isEnglish()) {
                term = withoutElision(term, language);
            }
            if (tooShort(term) || !Character.isLetter(term.charAt(0))
                    || language.isStopword(term) || (!language.isEnglish() && notContent(term, language))
                    // A weekday or a month dates the news, it is not what the news is about; English writes both with a
                    // capital, so a lower-case "march" is a protest.
                    || ((!language.isEnglish() || t.capitalised()) && calendar.contains(term))) {
                continue;
            }
            tf.merge(term, text.inTitle(t) ? 2 : 1, Integer::sum);
        }
        return tf;
    }

    /**
     * Words of one or two letters are function words in alphabets; in Chinese and Japanese most words are two
     * characters (中国, 协议, 会談) and the one-character ones are the function words (的, 在, は).
     */
    private static boolean tooShort(String term) {
        return term.length() < (UnspacedScripts.isUnspaced(term.codePointAt(0)) ? 2 : 3);
    }

    /** "d'autre" → "autre", "dell'acqua" → "acqua": an elided article or preposition (French's list in Lucene, else a stopword). */
    private static String withoutElision(String term, LanguageProfile language) {
        int apostrophe = Math.max(term.indexOf('\''), term.indexOf('\u2019'));
        if (apostrophe <= 0 || apostrophe > 5) {
            return term;
        }
        String head = term.substring(0, apostrophe);
        return FrenchAnalyzer.DEFAULT_ARTICLES.contains(head) || language.isStopword(head) ? term.substring(apostrophe + 1) : term;
    }

    /**
     * Outside English, a reporting verb (English lists "said" among its stopwords), a verb joined to its
     * pronoun ("a-t-il", "dit-elle") or a function word its stopword list leaves out as the homonym of a noun
     * ("est", "son", "été") says nothing about what happened, nor does a Japanese word in hiragana alone.
     */
    private boolean notContent(String term, LanguageProfile language) {
        return UnspacedScripts.hiraganaOnly(term) || reportingVerbs.words(language.code()).contains(term) || StopwordHomonyms.of(language.code()).contains(term)
                || (term.indexOf('-') > 0 && language.isStopword(term.substring(term.lastIndexOf('-') + 1)));
    }

    public List<Keyword> extract(Map<String, Integer> termCounts, DocumentFrequencies df) {
        return scaled(best(termCounts, df::documentFrequency, df.documents() + 1.0, TOP));
    }

    /**
     * The keywords of an article in its language. Where the language inflects and has a stemmer, a word's
     * forms count as one keyword, their TF-IDF scores summed, shown as its most frequent form: "президент" and
     * "президентом", "Präsident" and "Präsidenten" were two keywords each. Only the best few words are grouped
     * (stemming every word of the article would cost more than the rest of keyword extraction); a form outside
     * them adds nothing.
     */
    public List<Keyword> extract(Map<String, Integer> termCounts, DocumentFrequencies df, LanguageProfile language) {
        if (language.isEnglish() || !language.hasStemmer()) {
            return extract(termCounts, df);
        }
        Morphology dictionary = Morphology.lexicon(language.code());
        List<Keyword> candidates = best(termCounts, df::documentFrequency, df.documents() + 1.0, GROUPED).stream()
                .filter(k -> !dictionary.functionWordOnly(k.term())).toList();
        // Forms of one word share their first letters (Snowball takes endings off): only words that share their
        // first four with another candidate are stemmed, most of the stemming cost saved.
        Map<String, Integer> openings = new HashMap<>();
        for (Keyword candidate : candidates) {
            openings.merge(opening(candidate.term()), 1, Integer::sum);
        }
        Map<String, Group> groups = new HashMap<>();
        List<Group> ordered = new ArrayList<>();
        for (Keyword candidate : candidates) {
            String word = candidate.term();
            String key = openings.get(opening(word)) > 1 ? language.stem(word) : word;
            Group group = groups.computeIfAbsent(key, stem -> {
                Group fresh = new Group();
                ordered.add(fresh);
                return fresh;
            });
            group.add(candidate, termCounts.get(candidate.term()));
        }
        ordered.sort(Comparator.comparingDouble((Group g) -> g.score).reversed().thenComparing(g -> g.shown));
        List<Keyword> top = new ArrayList<>(TOP);
        for (Group group : ordered.subList(0, Math.min(TOP, ordered.size()))) {
            top.add(new Keyword(group.shown, group.score));
        }
        return scaled(top);
    }

    private static String opening(String word) {
        return word.length() <= 4 ? word : word.substring(0, 4);
    }

    /** Words of the article in the best-scored list, before grouping by stem: twice what is kept, so most forms meet and twenty keywords remain (three times cost twice the stemming for the few forms it added). */
    private static final int GROUPED = 2 * TOP;

    /** One stem's forms: their TF-IDF scores summed, shown as the most frequent form. */
    private static final class Group {
        String shown;
        int shownCount;
        double score;

        void add(Keyword form, int count) {
            score += form.score();
            if (shown == null || count > shownCount) {
                shown = form.term();
                shownCount = count;
            }
        }
    }

    private static List<Keyword> best(Map<String, Integer> termCounts, ToLongFunction<String> documentFrequency, double n, int limit) {
        // Only the best TOP of a few hundred terms are kept: an insertion into a short sorted array, which most
        // terms leave after one comparison, instead of sorting them all.
        Keyword[] top = new Keyword[Math.min(limit, termCounts.size())];
        int size = 0;
        for (Map.Entry<String, Integer> term : termCounts.entrySet()) {
            Keyword keyword = new Keyword(term.getKey(), term.getValue() * Math.log(n / (documentFrequency.applyAsLong(term.getKey()) + 1.0)));
            int at = size;
            while (at > 0 && BEST_FIRST.compare(keyword, top[at - 1]) < 0) {
                at--;
            }
            if (at < top.length) {
                int last = Math.min(size, top.length - 1);
                System.arraycopy(top, at, top, at + 1, last - at);
                top[at] = keyword;
                size = Math.min(size + 1, top.length);
            }
        }
        return Arrays.asList(top);
    }

    private static List<Keyword> scaled(List<Keyword> top) {
        double best = top.isEmpty() ? 1 : top.get(0).score();
        List<Keyword> scaled = new ArrayList<>(top.size());
        for (Keyword k : top) {
            scaled.add(new Keyword(k.term(), Math.round(k.score() / best * 1000) / 1000.0));
        }
        return List.copyOf(scaled);
    }

    private static final Comparator<Keyword> BEST_FIRST = (a, b) -> Double.compare(b.score(), a.score()) != 0
            ? Double.compare(b.score(), a.score()) : a.term().compareTo(b.term());
}
