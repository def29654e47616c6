package io.newswire.streams.enrich;

/**
 * Finds the words of a text as the pattern {@code \p{Lu}(?:\.\p{Lu})+(?![\p{L}\p{M}\p{N}])\.?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*}
 * would — dotted abbreviations (U.S.) first, then runs of letters, marks and digits joined by a hyphen or an
 * apostrophe (al-Assad, O'Brien) or, between capitals, an ampersand (AT&amp;T); a spaced ampersand before a capital is a
 * word of its own (Procter &amp; Gamble) — written out by hand because tokenising is the first cost of every article
 * and the regular expression's per-character dispatch took a tenth of the enrichment time.
 */
final class WordScanner {

    private WordScanner() {
    }

    /** The end of the word starting at {@code start}, not reading past {@code end}; -1 if no word starts there. */
    static int wordEnd(String text, int start, int end) {
        int cp = text.codePointAt(start);
        if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
            int first = start + Character.charCount(cp);
            int k = first;
            int lastDot = -1;
            while (k + 1 < end && text.charAt(k) == '.' && Character.getType(text.codePointAt(k + 1)) == Character.UPPERCASE_LETTER) {
                lastDot = k;
                k += 1 + Character.charCount(text.codePointAt(k + 1));
            }
            if (k > first && k < end && isWordChar(text.codePointAt(k))) {
                // "S.Paulo", "J.K.Rowling": the last capital opens a word, so the abbreviation ends at the dot before it,
                // or there is none (read whole, "Folha de S.Paulo" had given "S.P" and a word "aulo").
                k = lastDot;
            }
            if (k > first) {
                return k < end && text.charAt(k) == '.' ? k + 1 : k;
            }
        }
        if (!isWordChar(cp)) {
            return cp == '&' && spacedAmpersand(text, start, end) ? start + 1 : -1;
        }
        int k = skipWordChars(text, start, end);
        while (k + 1 < end && ((isJoiner(text.charAt(k)) && isWordChar(text.codePointAt(k + 1))) || ampersandInCapitals(text, k))) {
            k = skipWordChars(text, k + 1, end);
        }
        return k;
    }

    /**
     * Where a web address, an e-mail address or a social-media handle that holds the word {@code start}..{@code wordEnd}
     * ends (at the next white space), or -1 if it is in none. Scraped news carries them ("https://t.co/x2VOMJdZWi",
     * "pressestelle@polizei.nrw.de", "@Tom_Schad"); read as words they became keywords ("https") and names (an
     * address's random letters).
     */
    static int linkEnd(String text, int start, int wordEnd, int limit) {
        boolean handle = start > 0 && text.charAt(start - 1) == '@';
        boolean link = handle
                || (wordEnd + 1 < limit && text.charAt(wordEnd) == '@' && isWordChar(text.codePointAt(wordEnd + 1)))
                || (wordEnd + 2 < limit && text.startsWith("://", wordEnd) && isScheme(text, start, wordEnd))
                || (wordEnd + 1 < limit && text.charAt(wordEnd) == '.' && (text.regionMatches(true, start, "www.", 0, 4) || hostAndPath(text, start, limit)));
        if (!link) {
            return -1;
        }
        int k = wordEnd;
        while (k < limit && !Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** "pic.twitter.com/vd8rjhuzeg", "t.co/x2VOMJdZWi": a host name (a letters-only last part) before a slash. */
    private static boolean hostAndPath(String text, int start, int limit) {
        int lastDot = -1;
        boolean lettersSinceDot = false;
        for (int k = start; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '/') {
                return lastDot > start && k - lastDot > 2 && lettersSinceDot;
            }
            if (c == '.') {
                lastDot = k;
                lettersSinceDot = true;
            } else if (c == '-' || Character.isLetterOrDigit(c)) {
                lettersSinceDot &= Character.isLetter(c);
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean isScheme(String text, int start, int end) {
        int length = end - start;
        return (length == 4 && text.regionMatches(true, start, "http", 0, 4)) || (length == 5 && text.regionMatches(true, start, "https", 0, 5))
                || (length == 3 && text.regionMatches(true, start, "ftp", 0, 3));
    }

    /** "Procter & Gamble": an ampersand between a word and a capitalised one is a word, so a name can run through it. */
    private static boolean spacedAmpersand(String text, int at, int end) {
        return at >= 2 && at + 2 < end && text.charAt(at - 1) == ' ' && text.charAt(at + 1) == ' '
                && Character.isLetter(text.codePointBefore(at - 1)) && Character.isUpperCase(text.codePointAt(at + 2));
    }

    /** "AT&T", "S&P", "P&O": an ampersand between capitals is inside one name. */
    private static boolean ampersandInCapitals(String text, int at) {
        return text.charAt(at) == '&' && Character.isUpperCase(text.codePointBefore(at)) && Character.isUpperCase(text.codePointAt(at + 1));
    }

    private static int skipWordChars(String text, int from, int end) {
        int k = from;
        while (k < end) {
            int cp = text.codePointAt(k);
            if (!isWordChar(cp)) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /** Letters ({@code \p{L}}), marks ({@code \p{M}}) and numbers ({@code \p{N}}). */
    static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
