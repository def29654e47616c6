package io.newswire.streams.enrich;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Words of the scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer and Myanmar. To
 * {@link WordScanner} a run of their letters is one word, often a whole clause, so such a run is cut again by ICU's
 * dictionary-based word breaker (its CJK and South-East Asian dictionaries ship in icu4j), which finds
 * "中国 / 国务院 / 总理" and "ประเทศไทย / และ / ญี่ปุ่น". The breaker cuts a foreign name it does not list in
 * katakana into pieces ("マクロ / ン"); runs of katakana pieces are joined again, since Japanese writes such names in
 * katakana alone.
 */
final class UnspacedScripts {

    private static final ThreadLocal<BreakIterator> BREAKER = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    /** The breaker's status of punctuation and spaces, which are no words. */
    private static final int NOT_A_WORD = BreakIterator.WORD_NONE_LIMIT;

    private UnspacedScripts() {
    }

    static boolean isUnspaced(int codePoint) {
        // Every letter of these scripts is above U+0E00; most text never reaches the script lookup.
        if (codePoint < 0x0E00) {
            return false;
        }
        int script = UScript.getScript(codePoint);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.THAI
                || script == UScript.LAO || script == UScript.KHMER || script == UScript.MYANMAR;
    }

    /** Whether {@code text[from, to)} holds a letter of such a script. */
    static boolean holds(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            if (isUnspaced(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** The start and end offsets of the words of {@code text[from, to)}, in order, katakana pieces joined. */
    static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        BreakIterator breaker = BREAKER.get();
        breaker.setText(text.substring(from, to));
        int pendingStart = -1;
        int pendingEnd = -1;
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            if (breaker.getRuleStatus() < NOT_A_WORD) {
                continue;
            }
            int wordStart = from + start;
            int wordEnd = from + end;
            if (pendingEnd == wordStart && katakana(text, pendingStart, pendingEnd) && katakana(text, wordStart, wordEnd)) {
                pendingEnd = wordEnd;
                continue;
            }
            if (pendingStart >= 0) {
                out.add(new int[] {pendingStart, pendingEnd});
            }
            pendingStart = wordStart;
            pendingEnd = wordEnd;
        }
        if (pendingStart >= 0) {
            out.add(new int[] {pendingStart, pendingEnd});
        }
        return out;
    }

    private static boolean katakana(String text, int from, int to) {
        return inKana(text, from, to, UScript.KATAKANA);
    }

    /** A word of hiragana alone: in Japanese a particle, an auxiliary or an inflection ("の", "は", "した"), never what a text is about. */
    static boolean hiraganaOnly(String word) {
        return !word.isEmpty() && inKana(word, 0, word.length(), UScript.HIRAGANA);
    }

    /** Whether {@code text[from, to)} is written in the one kana script alone. */
    private static boolean inKana(String text, int from, int to, int script) {
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            // The prolonged sound mark "ー" is common to both kana scripts; the middle dot "・" parts names and is no letter.
            if (codePoint != 0x30FC && UScript.getScript(codePoint) != script) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
