package io.newswire.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Brown-corpus file as plain text plus, for each word, its character span and whether the tags
 * call it part of a proper name ({@code np}, {@code nps}, {@code np$}, {@code nps$}, or a title word
 * {@code -tl}).
 */
public record TaggedText(String text, List<Word> words) {

    /** One tagged word and where it landed in the text. */
    public record Word(String word, String tag, int start, int end, int sentence, boolean gold) {

        /** Tagged a proper noun ({@code np*}) itself, not only a word of a title ({@code -tl}): the stricter view. */
        public boolean properNoun() {
            for (String part : tag.replace("-hl", "").replace("-nc", "").replace("-tl", "").split("\\+")) {
                if (PROPER.contains(part)) {
                    return true;
                }
            }
            return false;
        }

        /** What the capitalisation baseline predicts: every word that starts with a capital letter. */
        public boolean capitalised() {
            return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
        }
    }

    private static final Set<String> PROPER = Set.of("np", "nps", "np$", "nps$");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", ")", "'", "''");

    public static TaggedText parse(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Word> words = new ArrayList<>();
        int sentence = 0;
        for (String line : tagged.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            boolean openQuote = false;
            for (String item : line.trim().split("\\s+")) {
                int slash = item.lastIndexOf('/');
                if (slash <= 0) {
                    continue;
                }
                String word = item.substring(0, slash);
                String tag = item.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
                String surface = word.equals("``") || word.equals("''") ? "\"" : word;
                boolean attach = NO_SPACE_BEFORE.contains(word) || (word.equals("''")) || openQuote;
                if (text.length() > 0 && !text.toString().endsWith("\n") && !attach) {
                    text.append(' ');
                }
                openQuote = word.equals("``") || word.equals("(");
                int start = text.length();
                text.append(surface);
                words.add(new Word(word, tag, start, text.length(), sentence, isGold(tag)));
            }
            sentence++;
        }
        return new TaggedText(text.toString(), words);
    }

    static boolean isGold(String tag) {
        String base = tag.replace("-hl", "").replace("-nc", "");
        for (String part : base.split("\\+")) {
            if (PROPER.contains(part.replace("-tl", "")) || part.endsWith("-tl")) {
                return true;
            }
        }
        return false;
    }
}
