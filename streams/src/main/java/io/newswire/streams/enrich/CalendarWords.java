package io.newswire.streams.enrich;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the weekdays and months of a language, from the CLDR data in ICU (Donnerstag, März, jeudi, четверг,
 * in running text and standing alone). German capitalises them, so the learned tagger took "Am Donnerstag" for a
 * place; a day or a month alone names nothing a reader follows.
 */
final class CalendarWords {

    private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();

    private CalendarWords() {
    }

    /** Whether a lower-case word is a weekday's or a month's name in the language. */
    static boolean contains(String language, String lower) {
        return of(language).contains(lower);
    }

    /** The language's weekday and month names, in lower case. */
    static Set<String> of(String language) {
        return WORDS.computeIfAbsent(language, CalendarWords::load);
    }

    private static Set<String> load(String language) {
        DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
        Set<String> words = new HashSet<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (String name : symbols.getWeekdays(context, DateFormatSymbols.WIDE)) {
                add(words, name, language);
            }
            for (String name : symbols.getMonths(context, DateFormatSymbols.WIDE)) {
                add(words, name, language);
            }
        }
        return Set.copyOf(words);
    }

    private static void add(Set<String> words, String name, String language) {
        if (name != null && !name.isBlank()) {
            words.add(name.toLowerCase(Locale.forLanguageTag(language)));
        }
    }
}
