package io.newswire.streams.enrich;

/**
 * A word with its character offsets in the analysed text, its place in its sentence and its index
 * in the text's token list.
 * {@code norm} drops a possessive ('s) so that "Assad's" and "Assad" compare equal; {@code lower} is
 * {@code norm} in lower case, made once because every enricher looks words up by it. {@code elided} is the elided
 * article the word was written after and is left out of it ("d'" of "Côte d'Ivoire", "l'" of "l'Ukraine"), or "".
 * {@code capitalised}, {@code acronym} and {@code alphabetic} are decided from the word by the shorter constructors.
 */
public record Token(String text, String norm, String lower, int start, int end, int sentence, int position, boolean possessive,
        int index, String elided, boolean capitalised, boolean acronym, boolean alphabetic) {

    public Token(String text, String norm, String lower, int start, int end, int sentence, int position, boolean possessive, int index) {
        this(text, norm, lower, start, end, sentence, position, possessive, index, "");
    }

    /** Capitalisation, acronymy and whether it opens with a letter, decided once: every enricher asks them of every token. */
    public Token(String text, String norm, String lower, int start, int end, int sentence, int position, boolean possessive,
            int index, String elided) {
        this(text, norm, lower, start, end, sentence, position, possessive, index, elided, capitalised(text), acronym(norm),
                Character.isLetter(text.codePointAt(0)));
    }

    private static final java.util.regex.Pattern PARTICLE_NAME =
            java.util.regex.Pattern.compile("(?:al|el|ad|as|an|ash|bin|ibn|abu|de|da|di|van|von)-\\p{Lu}.*");

    private static final java.util.regex.Pattern CONTRACTION =
            java.util.regex.Pattern.compile(".*['\u2019](?:ve|ll|re|d|m|t)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Capitalised, or a name with a lower-case particle (al-Assad); never a contraction (I'll, We've). */
    private static boolean capitalised(String text) {
        // The patterns only run where they could match (a hyphen, an apostrophe).
        boolean upper = Character.isUpperCase(text.codePointAt(0));
        if (!upper && (!particleDash(text) || !PARTICLE_NAME.matcher(text).matches())) {
            return false;
        }
        int apostrophe = Math.max(text.lastIndexOf('\''), text.lastIndexOf('\u2019'));
        return apostrophe < 0 || text.length() - apostrophe > 3 || !CONTRACTION.matcher(text).matches();
    }

    /** A hyphen after a two- or three-letter particle, before a capital: dashes and compounds skip the pattern. */
    private static boolean particleDash(String text) {
        int dash = text.indexOf('-');
        return dash >= 2 && dash <= 3 && dash + 1 < text.length() && Character.isUpperCase(text.codePointAt(dash + 1));
    }

    /** Two capital letters or more and no lower-case one ("EU", "U.S."). */
    private static boolean acronym(String norm) {
        int letters = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
