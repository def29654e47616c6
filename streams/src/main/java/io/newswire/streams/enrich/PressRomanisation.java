package io.newswire.streams.enrich;

/**
 * A name in another script written in Latin letters the way English-language news writes it, so that its id
 * meets the English article's: Cyrillic by ICU's BGN/PCGN romanisation of Russian (Дмитрий Песков → Dmitriy
 * Peskov), then the press's simplifications of it — soft and hard signs dropped, the endings -iy and -yy
 * written -y (Dmitry, Zelensky, Navalny) — and a first name in the spelling the transliteration table makes
 * canonical (Aleksey → Alexei, Sergey → Sergei). Other scripts: ICU's Any-Latin. The result is ASCII.
 */
final class PressRomanisation {

    private static final MemoisedTransliterator CYRILLIC = new MemoisedTransliterator("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final MemoisedTransliterator OTHER = new MemoisedTransliterator("Any-Latin; Latin-ASCII");

    private PressRomanisation() {
    }

    static String romanise(String name) {
        if (!hasCyrillic(name)) {
            return OTHER.transliterate(name);
        }
        String[] words = CYRILLIC.transliterate(name).replace("'", "").split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.length() > 3 && (word.endsWith("iy") || word.endsWith("yy"))) {
                words[i] = word.substring(0, word.length() - 2) + "y";
            }
        }
        words[0] = Gazetteer.get().canonicalGivenName(words[0]);
        return String.join(" ", words);
    }

    private static boolean hasCyrillic(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
