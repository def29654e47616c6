package io.newswire.streams.enrich;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Language with a confidence. Most news here is English, so a cheap gate (share of English stopwords)
 * answers first; only texts it is unsure about pay for Optimaize's n-gram detector.
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
                if (words.isStopword(t.norm().toLowerCase(Locale.ROOT))) {
                    stop++;
                }
            }
        }
        if (alphabetic >= MIN_WORDS && stop >= alphabetic * ENGLISH_STOPWORD_SHARE) {
            return new Language("en", Math.min(0.99, 0.5 + stop / (double) alphabetic));
        }
        // The first few hundred characters decide as well as the whole text, at a fraction of the cost.
        String sample = text.length() <= DETECTION_SAMPLE ? text : text.substring(0, DETECTION_SAMPLE);
        var probabilities = detector().getProbabilities(CommonTextObjectFactories.forDetectingOnLargeText().forText(sample));
        if (probabilities.isEmpty()) {
            return new Language("und", 0.0);
        }
        var best = probabilities.get(0);
        return new Language(best.getLocale().getLanguage(), Math.round(best.getProbability() * 1000) / 1000.0);
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
