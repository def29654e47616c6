package io.newswire.streams.parse;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Month names of the languages with full analysis, from the CLDR data in ICU (wide and abbreviated,
 * in running text and standing alone: Dezember, décembre, diciembre, dicembre, dezembro, december,
 * декабря, grudnia, dec.), so "3. Dezember 2026" and "3 de diciembre de 2026" are dates. A name two
 * languages give to different months is left out rather than guessed.
 */
final class LocalisedMonths {

    private static final List<String> LANGUAGES = List.of("de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "no", "fi", "ro", "cs", "tr");

    private static final Map<String, Integer> MONTHS = load();

    private LocalisedMonths() {
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> months = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (String language : LANGUAGES) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = symbols.getMonths(context, width);
                    for (int month = 0; month < 12 && month < names.length; month++) {
                        String key = key(names[month]);
                        if (key.length() < 3) {
                            continue;
                        }
                        Integer previous = months.putIfAbsent(key, month + 1);
                        if (previous != null && previous != month + 1) {
                            conflicting.add(key);
                        }
                    }
                }
            }
        }
        conflicting.forEach(months::remove);
        return Map.copyOf(months);
    }

    /** The month a localised name stands for (1–12). */
    static Optional<Integer> month(String name) {
        return Optional.ofNullable(MONTHS.get(key(name)));
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }
}
