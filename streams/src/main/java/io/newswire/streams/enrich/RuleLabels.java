package io.newswire.streams.enrich;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rule-based chain said of each token, as the name tagger reads it: "B-LOC-known" (a gazetteer
 * name begins here), "I-PER-guess" (inside a name typed from context), "NORP", or "O". The tagger learns
 * from data how far to trust each.
 */
final class RuleLabels {

    private final String[] labels;
    private final Set<String> lowerCaseWords = new HashSet<>();

    private RuleLabels(String[] labels) {
        this.labels = labels;
    }

    static RuleLabels of(AnalyzedText text, List<MentionGroup> groups) {
        String[] labels = new String[text.tokens().size()];
        Arrays.fill(labels, "O");
        for (MentionGroup group : groups) {
            for (Segment segment : group.segments) {
                String evidence = segment.kind() == Segment.Kind.KNOWN ? "known" : "guess";
                List<Token> tokens = segment.tokens();
                for (int k = 0; k < tokens.size(); k++) {
                    labels[tokens.get(k).index()] = group.type == EntityType.NORP ? "NORP"
                            : (k == 0 ? "B-" : "I-") + group.type.name() + "-" + evidence;
                }
            }
        }
        RuleLabels rules = new RuleLabels(labels);
        int latin = 0;
        for (Token token : text.tokens()) {
            if (!token.capitalised()) {
                rules.lowerCaseWords.add(token.lower());
            }
            latin += latin(token) ? 1 : 0;
        }
        rules.latinText = latin * 2 >= text.tokens().size();
        return rules;
    }

    private boolean latinText;

    private static boolean latin(Token token) {
        int first = token.text().codePointAt(0);
        if (first < 0x80) {
            // ASCII, most words of most texts: a letter is Latin, anything else is not; the script table is a search.
            return (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
        }
        return Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN;
    }

    /** A Latin word in Cyrillic text or the reverse ("в Facebook"): mostly a brand or a foreign name. */
    boolean foreignScript(Token token) {
        return Character.isLetter(token.text().codePointAt(0)) && latin(token) != latinText;
    }

    String label(int token) {
        return labels[token];
    }

    /** Whether the article also writes the word in lower case: a capitalised common word, not a name. */
    boolean seenLowerCase(String lower) {
        return lowerCaseWords.contains(lower);
    }
}
