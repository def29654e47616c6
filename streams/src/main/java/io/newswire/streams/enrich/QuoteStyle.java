package io.newswire.streams.enrich;

import java.util.Map;
import java.util.Set;

/**
 * How one language writes quotations: its quotation marks (which opening mark closes with which) and the
 * verbs and auxiliaries that attribute them. English: “…” and "…", said/told/…; German „…“ and »…«,
 * sagte/erklärte; French, Spanish, Italian, Portuguese and Russian «…» and “…”; Polish „…”; Swedish ”…”;
 * Japanese and Chinese 「…」. The marks are typographic convention, a short reviewed table.
 */
record QuoteStyle(Map<Character, String> closers, Set<String> verbs, Set<String> auxiliaries, Map<String, Character> pronouns,
                  boolean english, String openers, String marks) {

    QuoteStyle(Map<Character, String> closers, Set<String> verbs, Set<String> auxiliaries, Map<String, Character> pronouns,
               boolean english) {
        this(closers, verbs, auxiliaries, pronouns, english, openers(closers), marks(closers));
    }

    private static final Map<String, Map<Character, String>> MARKS = Map.of(
            "de", Map.of('\u201e', "\u201c\u201d", '\u00bb', "\u00ab", '\u00ab', "\u00bb", '\u201a', "\u2018"),
            "nl", Map.of('\u201c', "\u201d", '\u201e', "\u201d\u201c", '\u2018', "\u2019"),
            "pl", Map.of('\u201e', "\u201d\u201c", '\u00ab', "\u00bb"),
            "sv", Map.of('\u201d', "\u201d", '\u00bb', "\u00bb"),
            "ja", Map.of('\u300c', "\u300d", '\u300e', "\u300f", '\u201c', "\u201d"),
            "zh", Map.of('\u300c', "\u300d", '\u300e', "\u300f", '\u201c', "\u201d"));
    /** French, Spanish, Italian, Portuguese, Russian and most others. */
    private static final Map<Character, String> GUILLEMETS = Map.of('\u00ab', "\u00bb", '\u201c', "\u201d", '\u201e', "\u201c\u201d");

    static QuoteStyle english(ReportingVerbs verbs) {
        // Straight and curly quotes close each other, as English copy mixes them.
        return new QuoteStyle(Map.of('\u201c', "\u201d\"", '"', "\"\u201d"), verbs.words(), Set.of("has", "had"),
                Map.of("he", 'm', "she", 'f'), true);
    }

    static QuoteStyle of(LanguageProfile language, ReportingVerbs verbs) {
        if (language.isEnglish()) {
            return english(verbs);
        }
        return new QuoteStyle(MARKS.getOrDefault(language.code(), GUILLEMETS), verbs.words(language.code()),
                verbs.auxiliaries(language.code()), verbs.pronouns(language.code()), false);
    }

    private static String openers(Map<Character, String> closers) {
        StringBuilder all = new StringBuilder();
        closers.keySet().forEach(all::append);
        return all.toString();
    }

    /** Every mark, for excluding quotations from a speaker's name. */
    private static String marks(Map<Character, String> closers) {
        StringBuilder all = new StringBuilder("\"");
        // Sorted, so the patterns built from it are the same on every run.
        closers.forEach((open, close) -> all.append(open).append(close));
        return all.chars().distinct().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
