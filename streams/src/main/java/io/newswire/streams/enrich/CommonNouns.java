package io.newswire.streams.enrich;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * German capitalises every noun, so a capital letter says little there. A lone capitalised word
 * written after an article or determiner ("der Krieg", "im Jahr", "keine Antwort"), after a number
 * ("drei Jahre") or an inflected adjective ("neuen Regierung"), or with a noun-forming suffix
 * (-ung, -heit, -keit, -schaft ...) is read as a common noun, not a name. Names after an article that
 * the gazetteer knows (die Türkei) are matched before this is asked. A small, reviewed list of German
 * grammar words; other languages capitalise names only and are never asked.
 */
final class CommonNouns {

    private static final Pattern DETERMINER = Pattern.compile(
            "d(?:er|ie|as|en|em|es)|ein(?:e|em|en|er|es)?|kein(?:e|em|en|er|es)?|(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|em|en|er|es)?"
                    + "|dies(?:e|em|en|er|es)|jed(?:e|em|en|er|es)|welch(?:e|em|en|er|es)|viel(?:e|en|er)?|wenig(?:e|en|er)?|all(?:e|en|er)"
                    + "|manch(?:e|en|er)|einig(?:e|en|er)|mehrere(?:n)?|beide(?:n)?|solch(?:e|en|er)"
                    + "|im|am|zum|zur|vom|beim|ins|ans|aufs|durchs|fürs|ums");
    /** Compared by {@code endsWith}, as a pattern ".{2,}(?:ung|…)" backtracks through every suffix at every length. */
    private static final List<String> NOUN_SUFFIXES = List.of("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
            "tion", "tionen", "ismus", "ität", "itäten", "chen", "nis", "nisse", "tum", "tümer", "ling", "linge", "erin", "erinnen", "ment",
            "mente");
    private static final Pattern INFLECTED_ADJECTIVE = Pattern.compile("\\p{Ll}{3,}(?:e|en|er|em|es)");

    boolean isNoun(AnalyzedText text, Segment segment, LanguageProfile language) {
        if (!language.capitalisesNouns() || segment.tokens().size() != 1) {
            return false;
        }
        Token token = segment.first();
        if (token.acronym()) {
            return false;
        }
        if (hasNounSuffix(token.norm())) {
            return true;
        }
        List<Token> tokens = text.tokens();
        int before = token.index() - 1;
        if (before < 0 || tokens.get(before).sentence() != token.sentence()) {
            return false;
        }
        String previous = tokens.get(before).text();
        String lower = previous.toLowerCase(Locale.ROOT);
        return Character.isDigit(previous.charAt(0)) || DETERMINER.matcher(lower).matches()
                || (INFLECTED_ADJECTIVE.matcher(previous).matches() && !language.isStopword(lower));
    }

    /** Two letters or more, then a noun-forming suffix. */
    private static boolean hasNounSuffix(String word) {
        for (String suffix : NOUN_SUFFIXES) {
            if (word.endsWith(suffix) && word.codePointCount(0, word.length() - suffix.length()) >= 2) {
                return true;
            }
        }
        return false;
    }
}
