package io.newswire.streams.enrich;

/**
 * A word with its character offsets in the analysed text, its place in its sentence and its index
 * in the text's token list.
 * {@code norm} drops a possessive ('s) so that "Assad's" and "Assad" compare equal; {@code lower} is
 * {@code norm} in lower case, made once because every enricher looks words up by it.
 */
public record Token(String text, String norm, String lower, int start, int end, int sentence, int position, boolean possessive,
        int index) {

    private static final java.util.regex.Pattern PARTICLE_NAME =
            java.util.regex.Pattern.compile("(?:al|el|ad|as|an|ash|bin|ibn|abu|de|da|di|van|von)-\\p{Lu}.*");

    private static final java.util.regex.Pattern CONTRACTION =
            java.util.regex.Pattern.compile(".*['\u2019](?:ve|ll|re|d|m|t)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Capitalised, or a name with a lower-case particle (al-Assad); never a contraction (I'll, We've). */
    public boolean capitalised() {
        // Asked of every token, often: the patterns only run where they could match (a hyphen, an apostrophe).
        boolean upper = Character.isUpperCase(text.codePointAt(0));
        if (!upper && (text.indexOf('-') < 0 || !PARTICLE_NAME.matcher(text).matches())) {
            return false;
        }
        return (text.indexOf('\'') < 0 && text.indexOf('\u2019') < 0) || !CONTRACTION.matcher(text).matches();
    }

    public boolean acronym() {
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

    public boolean alphabetic() {
        return Character.isLetter(text.codePointAt(0));
    }
}
