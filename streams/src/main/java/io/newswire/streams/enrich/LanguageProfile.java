package io.newswire.streams.enrich;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HindiStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IndonesianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NepaliStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TamilStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * What the enrichers know of one language: its stopwords and its stemmer, both from Lucene's
 * analysers (the Snowball project's lists and stemmers, BSD; Stempel for Polish), and whether the English-only rules (tone lexicon,
 * category cue words, English name statistics) may run on it. A language Lucene has no analyser for
 * gets no stopwords and no stemmer: tokens and keywords still, never another language's rules.
 */
public final class LanguageProfile {

    private record Source(Supplier<CharArraySet> stopwords, Supplier<UnaryOperator<String>> stemmer) {

        Source(Supplier<CharArraySet> stopwords) {
            this(stopwords, null);
        }
    }

    /** A Snowball stemmer as a function; one instance per thread, as Snowball's are stateful. */
    private static Supplier<UnaryOperator<String>> snowball(Supplier<SnowballStemmer> stemmer) {
        return () -> {
            SnowballStemmer s = stemmer.get();
            return word -> {
                s.setCurrent(word);
                s.stem();
                return s.getCurrent();
            };
        };
    }

    /** Polish has no Snowball stemmer; Lucene's Stempel (its own stemming table) stands in. */
    private static UnaryOperator<String> stempel() {
        StempelStemmer s = new StempelStemmer(PolishAnalyzer.getDefaultTable());
        return word -> {
            StringBuilder stem = s.stem(word);
            return stem == null || stem.isEmpty() ? word : stem.toString();
        };
    }

    private static final Map<String, Source> SOURCES = Map.ofEntries(
            Map.entry("en", new Source(() -> CharArraySet.EMPTY_SET, snowball(EnglishStemmer::new))),
            Map.entry("de", new Source(GermanAnalyzer::getDefaultStopSet, snowball(GermanStemmer::new))),
            Map.entry("fr", new Source(FrenchAnalyzer::getDefaultStopSet, snowball(FrenchStemmer::new))),
            Map.entry("es", new Source(SpanishAnalyzer::getDefaultStopSet, snowball(SpanishStemmer::new))),
            Map.entry("it", new Source(ItalianAnalyzer::getDefaultStopSet, snowball(ItalianStemmer::new))),
            Map.entry("pt", new Source(PortugueseAnalyzer::getDefaultStopSet, snowball(PortugueseStemmer::new))),
            Map.entry("nl", new Source(DutchAnalyzer::getDefaultStopSet, snowball(DutchStemmer::new))),
            Map.entry("ru", new Source(RussianAnalyzer::getDefaultStopSet, snowball(RussianStemmer::new))),
            Map.entry("pl", new Source(PolishAnalyzer::getDefaultStopSet, () -> stempel())),
            Map.entry("sv", new Source(SwedishAnalyzer::getDefaultStopSet, snowball(SwedishStemmer::new))),
            Map.entry("da", new Source(DanishAnalyzer::getDefaultStopSet, snowball(DanishStemmer::new))),
            Map.entry("no", new Source(NorwegianAnalyzer::getDefaultStopSet, snowball(NorwegianStemmer::new))),
            Map.entry("fi", new Source(FinnishAnalyzer::getDefaultStopSet, snowball(FinnishStemmer::new))),
            Map.entry("hu", new Source(HungarianAnalyzer::getDefaultStopSet, snowball(HungarianStemmer::new))),
            Map.entry("ro", new Source(RomanianAnalyzer::getDefaultStopSet, snowball(RomanianStemmer::new))),
            Map.entry("tr", new Source(TurkishAnalyzer::getDefaultStopSet, snowball(TurkishStemmer::new))),
            Map.entry("ca", new Source(CatalanAnalyzer::getDefaultStopSet, snowball(CatalanStemmer::new))),
            Map.entry("ar", new Source(ArabicAnalyzer::getDefaultStopSet, snowball(ArabicStemmer::new))),
            Map.entry("hi", new Source(HindiAnalyzer::getDefaultStopSet, snowball(HindiStemmer::new))),
            Map.entry("id", new Source(IndonesianAnalyzer::getDefaultStopSet, snowball(IndonesianStemmer::new))),
            Map.entry("et", new Source(EstonianAnalyzer::getDefaultStopSet, snowball(EstonianStemmer::new))),
            Map.entry("lt", new Source(LithuanianAnalyzer::getDefaultStopSet, snowball(LithuanianStemmer::new))),
            Map.entry("sr", new Source(SerbianAnalyzer::getDefaultStopSet, snowball(SerbianStemmer::new))),
            Map.entry("hy", new Source(ArmenianAnalyzer::getDefaultStopSet, snowball(ArmenianStemmer::new))),
            Map.entry("eu", new Source(BasqueAnalyzer::getDefaultStopSet, snowball(BasqueStemmer::new))),
            Map.entry("ga", new Source(IrishAnalyzer::getDefaultStopSet, snowball(IrishStemmer::new))),
            Map.entry("ne", new Source(NepaliAnalyzer::getDefaultStopSet, snowball(NepaliStemmer::new))),
            Map.entry("ta", new Source(TamilAnalyzer::getDefaultStopSet, snowball(TamilStemmer::new))),
            Map.entry("cs", new Source(CzechAnalyzer::getDefaultStopSet)),
            Map.entry("bg", new Source(BulgarianAnalyzer::getDefaultStopSet)),
            Map.entry("el", new Source(GreekAnalyzer::getDefaultStopSet, snowball(GreekStemmer::new))),
            Map.entry("fa", new Source(PersianAnalyzer::getDefaultStopSet)),
            Map.entry("th", new Source(ThaiAnalyzer::getDefaultStopSet)),
            Map.entry("bn", new Source(BengaliAnalyzer::getDefaultStopSet)),
            Map.entry("gl", new Source(GalicianAnalyzer::getDefaultStopSet)),
            Map.entry("lv", new Source(LatvianAnalyzer::getDefaultStopSet)),
            Map.entry("te", new Source(TeluguAnalyzer::getDefaultStopSet)));

    private static final Map<String, LanguageProfile> PROFILES = new ConcurrentHashMap<>();

    private final String code;
    /** Lucene's {@link CharArraySet} copied into Strings: asked of every token, and a String caches its hash. */
    private final Set<String> stopwords;
    private final ThreadLocal<Stems> stemmer;

    private LanguageProfile(String code, Source source) {
        this.code = code;
        this.stopwords = source == null ? Set.of() : strings(source.stopwords().get());
        this.stemmer = source == null || source.stemmer() == null ? null
                : ThreadLocal.withInitial(() -> new Stems(source.stemmer().get()));
    }

    private static Set<String> strings(CharArraySet set) {
        Set<String> words = new HashSet<>(set.size() * 2);
        for (Object word : set) {
            String stopword = new String((char[]) word);
            words.add(stopword);
            if (stopword.indexOf('ß') >= 0) {
                // Snowball's German list predates the 1996 spelling reform: "daß" is written "dass" today.
                words.add(stopword.replace("ß", "ss"));
            }
        }
        return Collections.unmodifiableSet(words);
    }

    /**
     * A stemmer with the stems it has made. News vocabulary is Zipfian, so most lookups are of words stemmed
     * before (a name run is looked up once per span it starts); the memo is dropped when it grows past its bound
     * rather than kept in order, which costs one refill now and then.
     */
    private static final class Stems {
        private static final int BOUND = 50_000;
        private final UnaryOperator<String> stemmer;
        private final Map<String, String> memo = new HashMap<>();

        Stems(UnaryOperator<String> stemmer) {
            this.stemmer = stemmer;
        }

        String of(String word) {
            String stem = memo.get(word);
            if (stem == null) {
                if (memo.size() >= BOUND) {
                    memo.clear();
                }
                stem = stemmer.apply(word);
                memo.put(word, stem);
            }
            return stem;
        }
    }

    /** The profile of an ISO 639-1 code; "und" and languages without an analyser get an empty one. */
    public static LanguageProfile of(String code) {
        String key = code == null ? "und" : code.toLowerCase(Locale.ROOT);
        return PROFILES.computeIfAbsent(key, k -> new LanguageProfile(k, SOURCES.get(k)));
    }

    public static LanguageProfile english() {
        return of("en");
    }

    public String code() {
        return code;
    }

    public boolean isEnglish() {
        return code.equals("en");
    }

    /**
     * A stopword of this language (Lucene's list, lower case). English keeps the project's own list in
     * {@link WordStats}, which its name and keyword rules were measured with.
     */
    public boolean isStopword(String lowerCase) {
        if (isEnglish()) {
            return WordStats.get().isStopword(lowerCase);
        }
        return stopwords.contains(code.equals("el") ? unaccentedGreek(lowerCase) : lowerCase);
    }

    /**
     * Lucene's Greek stopwords are written as its Greek lower-casing filter leaves words, without accents and with
     * σ for the final ς ("ειναι"); our words keep them ("είναι"), so they are asked in that form.
     */
    private static String unaccentedGreek(String word) {
        String bare = MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('\u03c2', '\u03c3');
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** The stopword list, for a caller that asks of many languages at once. */
    Set<String> stopwords() {
        return stopwords;
    }

    /** German writes every noun with a capital, so a capital letter there is no evidence of a name. */
    public boolean capitalisesNouns() {
        return code.equals("de");
    }

    /**
     * The genitive of a name is the name and an "s", with no apostrophe (German "Merkels", Swedish, Danish and
     * Norwegian "Putins"): "Harry Kupfers Biografie" names Harry Kupfer.
     */
    public boolean genitiveS() {
        return code.equals("de") || code.equals("sv") || code.equals("da") || code.equals("no") || code.equals("nb") || code.equals("nn");
    }

    public boolean hasStemmer() {
        return stemmer != null;
    }

    /**
     * Whether the stemmer changes only a word's ending (and accents, and Russian ё): Snowball's do, except Dutch's,
     * which takes "ge-" off past participles and undoubles vowels ("baan" → "ban"); Stempel's table (Polish) may
     * rewrite any part.
     */
    public boolean stemsEndingsOnly() {
        return stemmer != null && !code.equals("pl") && !code.equals("nl");
    }

    /** The Snowball stem of a lower-case word, or the word itself where the language has no stemmer. */
    public String stem(String lowerCase) {
        if (stemmer == null) {
            return lowerCase;
        }
        return stemmer.get().of(lowerCase);
    }

    @Override
    public String toString() {
        return code;
    }
}
