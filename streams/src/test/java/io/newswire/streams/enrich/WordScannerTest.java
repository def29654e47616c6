package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordScannerTest {

    /** The pattern the scanner stands in for. */
    private static final Pattern WORD = Pattern.compile(
            "\\p{Lu}(?:\\.\\p{Lu})+(?![\\p{L}\\p{M}\\p{N}])\\.?|[\\p{L}\\p{M}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{M}\\p{N}]+)*");

    @Test
    void shouldKeepAbbreviationsHyphenatedNamesAndApostrophesWhole() {
        assertEquals(List.of("the", "U.S.", "and", "al-Assad", "O'Brien", "Russia\u2019s", "COVID-19", "Zürich"),
                scan("the U.S. and al-Assad, O'Brien; Russia\u2019s COVID-19 -- Zürich."));
    }

    @Test
    void shouldKeepAnAmpersandBetweenCapitalsInTheWordAndTakeASpacedOneBeforeACapitalAsAWord() {
        assertEquals(List.of("AT&T", "and", "Procter", "&", "Gamble", "salt", "pepper"), scan("AT&T and Procter & Gamble, salt & pepper"));
    }

    @Test
    void shouldFindTheEndOfAWebAddress() {
        String text = "see https://t.co/x2VOMJdZWi now";
        assertEquals(text.indexOf(" now"), WordScanner.linkEnd(text, 4, 9, text.length()));
    }

    @Test
    void shouldFindTheEndOfAnEmailAddress() {
        String text = "mail presse@polizei.nrw.de today";
        assertEquals(text.indexOf(" today"), WordScanner.linkEnd(text, 5, 11, text.length()));
    }

    @Test
    void shouldFindTheEndOfAHandle() {
        String text = "(@Tom_Schad) said";
        assertEquals(text.indexOf(" said"), WordScanner.linkEnd(text, 2, 5, text.length()));
    }

    @Test
    void shouldFindTheEndOfAnAddressWithNoScheme() {
        String text = "Ohio pic.twitter.com/vd8rjhuzeg now";
        assertEquals(text.indexOf(" now"), WordScanner.linkEnd(text, 5, 8, text.length()));
    }

    @Test
    void shouldTakeARatingForNoAddress() {
        String text = "rated 3.5/10 by critics";
        assertEquals(-1, WordScanner.linkEnd(text, 6, 7, text.length()));
    }

    @Test
    void shouldTakeAWordBeforeAColonForNoAddress() {
        String text = "Http: a word";
        assertEquals(-1, WordScanner.linkEnd(text, 0, 4, text.length()));
    }

    @Test
    void shouldEndAnAbbreviationBeforeACapitalThatOpensAWord() {
        assertEquals(List.of("Folha", "de", "S", "Paulo", "U.S.", "Army"), scan("Folha de S.Paulo, U.S.Army"));
    }

    @Test
    void shouldFindTheSameWordsAsThePatternOnRandomText() {
        String alphabet = "aZé.-'\u2019 \u00a0,1\u0301\u0416\u0436\u3042\ud840\udc00\ud835\udc00I\u0130";
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet, at, at + 2);
                } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet.charAt(at));
                }
            }
            assertEquals(byPattern(text.toString()), scan(text.toString()), text.toString());
        }
    }

    private static List<String> scan(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = WordScanner.wordEnd(text, i, text.length());
            if (end < 0) {
                i += Character.charCount(text.codePointAt(i));
            } else {
                words.add(text.substring(i, end));
                i = end;
            }
        }
        return words;
    }

    private static List<String> byPattern(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
