package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A team's line-up, "3 - Brasil: Dida, Cafu (Carvalho, m.83), Aldair, … y Elber": after a colon, to the end of the
 * line, a list of at least five short capitalised names. Every name in it is a player's, however it is spelt (many are
 * one word no list knows, "Cafu", "Jugovic"; some are also towns, "Franca", "Speed"). Wire copy of every language prints
 * them under match reports.
 * <p>A list of places or teams after a colon ("Sedes: Madrid, Sevilla, …", "Grupo B: Milan, Juventus, …") has the same
 * shape, so a list where more than a quarter of the names are known places or organisations, or open with an ordinary
 * word of the language, is no line-up.
 */
final class Lineups {

    private static final int FEWEST_NAMES = 5;
    private static final double SHAPED_SHARE = 0.8;
    private static final double KNOWN_SHARE = 0.25;
    private static final int LONGEST_NAME = 4;
    /** Lower-case words a name may hold: particles and the last item's "and" ("De la Cruz", "Rivaldo y Elber"). */
    private static final int LONGEST_PARTICLE = 3;
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Character ranges [start, end) of the line-ups found. */
    private final List<int[]> ranges;

    private Lineups(List<int[]> ranges) {
        this.ranges = ranges;
    }

    /**
     * The line-ups of a text, judged against the names the chunker found in it.
     *
     * @param ordinaryWord whether a word is one of the language's ordinary words: "Liga, Copa de Europa, Copa del Rey, …"
     *                     lists titles, not players
     */
    static Lineups find(AnalyzedText text, List<List<Segment>> runs, Predicate<Token> ordinaryWord) {
        List<int[]> ranges = new ArrayList<>();
        String s = text.text();
        for (int colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', colon + 1)) {
            int lineEnd = s.indexOf('\n', colon);
            int end = listEnd(s, colon + 1, lineEnd < 0 ? s.length() : lineEnd);
            // Most colons open a time ("10:30 h.") or a quotation: count the separators before any string is made.
            if (separators(s, colon + 1, end) >= FEWEST_NAMES - 1 && shapedAsNames(withoutBrackets(s.substring(colon + 1, end)))
                    && fewKnown(runs, colon, end, ordinaryWord)) {
                ranges.add(new int[] {colon + 1, end});
            }
        }
        return new Lineups(ranges);
    }

    /** Whether the segment lies in one of the line-ups. */
    boolean holds(Segment segment) {
        for (int[] range : ranges) {
            if (segment.first().start() >= range[0] && segment.last().end() <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** The list ends at the line's end, or at a full stop after a word ("… y Elber. Comentario: …"), not after "At." or "m.83". */
    private static int listEnd(String s, int from, int lineEnd) {
        for (int k = from + 3; k < lineEnd - 1; k++) {
            if (s.charAt(k) == '.' && Character.isWhitespace(s.charAt(k + 1)) && Character.isLowerCase(s.charAt(k - 1))
                    && Character.isLetter(s.charAt(k - 2)) && Character.isLetter(s.charAt(k - 3))) {
                return k;
            }
        }
        return lineEnd;
    }

    private static int separators(String s, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            count += c == ',' || c == ';' ? 1 : 0;
        }
        return count;
    }

    /** "Cafu (Carvalho, m.83)": substitutes and minutes in brackets belong to the name before them. */
    private static String withoutBrackets(String list) {
        return BRACKETS.matcher(list).replaceAll(" ");
    }

    private static boolean shapedAsNames(String list) {
        String[] items = SEPARATORS.split(list);
        if (items.length < FEWEST_NAMES) {
            return false;
        }
        int shaped = 0;
        for (String item : items) {
            shaped += shapedAsName(item.strip()) ? 1 : 0;
        }
        return shaped >= items.length * SHAPED_SHARE;
    }

    /** One to four words, the first capitalised, any other either capitalised or a short particle. */
    private static boolean shapedAsName(String item) {
        String[] words = SPACES.split(item);
        if (item.isEmpty() || words.length > LONGEST_NAME || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !(word.length() <= LONGEST_PARTICLE && word.chars().allMatch(Character::isLowerCase))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fewKnown(List<List<Segment>> runs, int from, int to, Predicate<Token> ordinaryWord) {
        int names = 0;
        int known = 0;
        for (List<Segment> run : runs) {
            for (Segment segment : run) {
                if (segment.first().start() > from && segment.last().end() <= to) {
                    names++;
                    known += segment.kind() == Segment.Kind.KNOWN || ordinaryWord.test(segment.first()) ? 1 : 0;
                }
            }
        }
        return names >= FEWEST_NAMES && known <= names * KNOWN_SHARE;
    }
}
