package io.newswire.streams.enrich;

import com.ibm.icu.lang.UScript;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Language with a confidence. Cheap gates answer first — the share of English stopwords, then of another
 * fully analysed language's — and only texts they are unsure about pay for Optimaize's n-gram detector.
 */
public final class LanguageIdentifier {

    /** A language code (ISO 639-1, "und" when unknown) and how sure we are. */
    public record Language(String code, double confidence) {
    }

    private static final int MIN_WORDS = 20;
    private static final double ENGLISH_STOPWORD_SHARE = 0.30;
    static final int DETECTION_SAMPLE = 600;

    private final WordStats words;
    private volatile LanguageDetector detector;

    public LanguageIdentifier(WordStats words) {
        this.words = words;
    }

    public Language identify(List<Token> tokens, String text) {
        int alphabetic = 0;
        int stop = 0;
        for (Token t : tokens) {
            if (t.alphabetic()) {
                alphabetic++;
                if (words.isStopword(t.lower())) {
                    stop++;
                }
            }
        }
        if (alphabetic >= MIN_WORDS && stop >= alphabetic * ENGLISH_STOPWORD_SHARE) {
            return new Language("en", Math.min(0.99, 0.5 + stop / (double) alphabetic));
        }
        Language byStopwords = alphabetic >= MIN_WORDS ? byStopwords(tokens, text, GATE_SAMPLE) : null;
        if (byStopwords == null && alphabetic > GATE_SAMPLE) {
            // A text that opens with a table or a list of names ("Salvador Navarro (ESP) a Julian Knowle (AUT), 7-5")
            // has few function words in its first lines; its running text after them decides.
            byStopwords = byStopwords(tokens, text, Integer.MAX_VALUE);
        }
        if (byStopwords != null) {
            return byStopwords;
        }
        // The first few hundred characters decide as well as the whole text, at a fraction of the cost.
        String sample = text.length() <= DETECTION_SAMPLE ? text : text.substring(0, DETECTION_SAMPLE);
        Language byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        var probabilities = detector().getProbabilities(CommonTextObjectFactories.forDetectingOnLargeText().forText(sample));
        if (probabilities.isEmpty()) {
            return new Language("und", 0.0);
        }
        var best = probabilities.get(0);
        return new Language(best.getLocale().getLanguage(), Math.round(best.getProbability() * 1000) / 1000.0);
    }

    /**
     * A script that one language alone writes news in decides without the n-gram detector (a tenth of a millisecond
     * on such text): Korean's Hangul, Japanese's kana (with or without Chinese characters), Chinese characters with no
     * kana, Thai, Greek, Georgian and Armenian, when they hold most of the letters. Arabic, Cyrillic, Devanagari and
     * Hebrew letters are shared by several languages, so those texts still go to the detector.
     */
    static Language byScript(String sample) {
        int letters = 0;
        int[] counts = new int[SCRIPTS.length];
        int kana = 0;
        for (int i = 0; i < sample.length(); ) {
            int codePoint = sample.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            int script = UScript.getScript(codePoint);
            if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
                kana++;
            }
            for (int s = 0; s < SCRIPTS.length; s++) {
                if (SCRIPTS[s] == script) {
                    counts[s]++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        int han = counts[0];
        if (kana >= letters * KANA_SHARE && kana + han >= letters * SCRIPT_SHARE) {
            return new Language("ja", share(kana + han, letters));
        }
        for (int s = 0; s < SCRIPTS.length; s++) {
            if (counts[s] >= letters * SCRIPT_SHARE && (s != 0 || kana == 0)) {
                return new Language(SCRIPT_LANGUAGES[s], share(counts[s], letters));
            }
        }
        return null;
    }

    private static final int[] SCRIPTS = {UScript.HAN, UScript.HANGUL, UScript.THAI, UScript.GREEK, UScript.GEORGIAN, UScript.ARMENIAN};
    private static final String[] SCRIPT_LANGUAGES = {"zh", "ko", "th", "el", "ka", "hy"};
    private static final double SCRIPT_SHARE = 0.6;
    /** Japanese writes particles and endings in kana between its Chinese characters: a tenth of the letters at least. */
    private static final double KANA_SHARE = 0.1;

    private static double share(int count, int letters) {
        return Math.round(Math.min(0.99, count / (double) letters) * 1000) / 1000.0;
    }

    /**
     * The same gate for the other languages with full analysis: the language whose stopwords (Lucene's
     * lists) make up at least 30 % of the words and 1.5 times the share of any other answers without the
     * n-gram detector. Spanish, Portuguese and Italian share many short words, so between them the margin
     * often fails and the detector decides.
     */
    private static Language byStopwords(List<Token> tokens, String text, int sample) {
        int[] counts = new int[GATED.size()];
        int alphabetic = 0;
        for (Token t : tokens) {
            // The first words decide as well as all of them, as for the detector's sample.
            if (t.alphabetic() && alphabetic++ < sample) {
                int languages = GATED_STOPWORDS.getOrDefault(t.lower(), 0);
                for (int i = 0; languages != 0; i++, languages >>>= 1) {
                    counts[i] += languages & 1;
                }
            }
        }
        int best = 0;
        int second = -1;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                second = best;
                best = i;
            } else if (second < 0 || counts[i] > counts[second]) {
                second = i;
            }
        }
        alphabetic = Math.min(alphabetic, sample);
        String code = GATED.get(best).code();
        boolean clear = counts[best] >= alphabetic * OTHER_STOPWORD_SHARE && counts[best] >= 1.5 * counts[second];
        boolean russian = code.equals("ru") && counts[best] >= alphabetic * RUSSIAN_STOPWORD_SHARE && russianAlphabet(text);
        return clear || russian ? new Language(code, Math.min(0.99, 0.5 + counts[best] / (double) alphabetic)) : null;
    }

    /**
     * Russian writes fewer function words than the 30 % gate asks (a quarter of the words, a tenth at least in
     * factRuEval), so it used to pay for the n-gram detector. Its alphabet decides instead: ы or э, which
     * Ukrainian, Bulgarian, Serbian and Macedonian lack, and none of the letters only the other Cyrillic
     * alphabets have (і ў of Belarusian, ә қ ң ө of Kazakh …); then 15 % Russian stopwords suffice.
     */
    private static boolean russianAlphabet(String text) {
        String sample = text.length() <= DETECTION_SAMPLE ? text : text.substring(0, DETECTION_SAMPLE);
        boolean russianLetter = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = Character.toLowerCase(sample.charAt(i));
            if (OTHER_CYRILLIC_LETTERS.indexOf(c) >= 0) {
                return false;
            }
            russianLetter |= c == 'ы' || c == 'э';
        }
        return russianLetter;
    }

    private static final String OTHER_CYRILLIC_LETTERS = "іїєґўјљњћђџѓќѕәғқңөұүһӣӯҳҷ";
    private static final double RUSSIAN_STOPWORD_SHARE = 0.15;
    private static final double OTHER_STOPWORD_SHARE = 0.30;
    private static final int GATE_SAMPLE = 120;
    private static final List<LanguageProfile> GATED = List.of("de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv").stream()
            .map(LanguageProfile::of).toList();

    /** Each stopword of the gated languages with the bit of every language that lists it: one lookup a word. */
    private static final Map<String, Integer> GATED_STOPWORDS = gatedStopwords();

    private static Map<String, Integer> gatedStopwords() {
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 0; i < GATED.size(); i++) {
            int bit = 1 << i;
            GATED.get(i).stopwords().forEach(word -> languages.merge(word, bit, (a, b) -> a | b));
        }
        return Collections.unmodifiableMap(languages);
    }

    private LanguageDetector detector() {
        if (detector == null) {
            synchronized (this) {
                if (detector == null) {
                    try {
                        detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot load language profiles", e);
                    }
                }
            }
        }
        return detector;
    }
}
