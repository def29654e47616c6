package io.newswire.streams.enrich;

import java.text.Normalizer;
import java.util.Locale;

/** The id of an entity, made from its canonical name alone: the same in every article, language and task. */
public final class EntityIds {

    private static final MemoisedTransliterator LATIN_ASCII = new MemoisedTransliterator("Latin-ASCII");

    private EntityIds() {
    }

    /**
     * The id is the normalised name alone: a type guess must never split one entity into two. Names in
     * other scripts are romanised first as the English press writes them (Дмитрий Песков → dmitry-peskov,
     * {@link PressRomanisation}), so they neither collapse into an empty id
     * nor stay apart from the same name written in Latin letters.
     */
    public static String of(String canonical) {
        String latin = canonical.codePoints().allMatch(c -> c < 0x250 || !Character.isLetter(c)) ? canonical : PressRomanisation.romanise(canonical);
        String decomposed = Normalizer.isNormalized(latin, Normalizer.Form.NFD) ? latin : Normalizer.normalize(latin, Normalizer.Form.NFD);
        // Letters no decomposition reaches (Polish ł, German ß, Danish ø) are written as ICU's Latin-ASCII writes
        // them, not dropped: Władimir is vladimir's spelling, not "w-adimir".
        String lower = (hasUndecomposedLetter(decomposed) ? LATIN_ASCII.transliterate(decomposed) : decomposed).toLowerCase(Locale.ROOT);
        // By hand rather than three regular expressions: ids are made for every name of every article.
        StringBuilder id = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                id.append(c);
            } else if (!isMark(c) && id.length() > 0 && id.charAt(id.length() - 1) != '-') {
                id.append('-');
            }
        }
        if (id.length() > 0 && id.charAt(id.length() - 1) == '-') {
            id.setLength(id.length() - 1);
        }
        return id.toString();
    }

    private static boolean hasUndecomposedLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
