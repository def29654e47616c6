package io.newswire.streams.enrich;

import java.util.List;
import java.util.Set;

/**
 * What the name chunker lets stand inside a run of capitalised words other than name particles: a number between two
 * of a name's words ("Movimento 5 Stelle") and a quoted nickname between a given name and the surname ("Jorge «La
 * Hiena» Barrios").
 */
final class NameInsides {

    private final Gazetteer gazetteer;

    NameInsides(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "Movimento 5 Stelle", "Il Sole 24 Ore": a number of one or two digits between two capitalised words of one name
     * (it 0.7068 -> 0.7074; the party had been "Movimento"). Not in a results line ("Inter 3 Milan 1": a number follows
     * the next name too), nor before a given name ("della Formula 1 Michael Schumacher"), nor where nouns are
     * capitalised; not in English, whose results tables put a club's town in brackets between name and score.
     */
    boolean numberInsideName(AnalyzedText text, int at, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        Token number = tokens.get(at);
        if (language.capitalisesNouns() || number.text().length() > 2 || !number.text().chars().allMatch(Character::isDigit)
                || at + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(at + 1);
        if (after.sentence() != number.sentence() || !after.capitalised() || !text.gap(number, after).equals(" ") || after.acronym()
                || Boolean.TRUE.equals(gazetteer.firstName(after.norm()))) {
            return false;
        }
        int k = at + 1;
        while (k + 1 < tokens.size() && tokens.get(k + 1).sentence() == number.sentence() && tokens.get(k + 1).capitalised()
                && text.gap(tokens.get(k), tokens.get(k + 1)).isBlank()) {
            k++;
        }
        return k + 1 >= tokens.size() || tokens.get(k + 1).sentence() != number.sentence()
                || !tokens.get(k + 1).text().chars().allMatch(Character::isDigit);
    }

    /** A quotation mark after a space, and one before a space: what stands around a nickname. */
    private static final Set<String> OPENING_QUOTES = Set.of(" «", " \"", " “", " „", " ‘", " '");
    private static final Set<String> CLOSING_QUOTES = Set.of("» ", "\" ", "” ", "“ ", "’ ", "' ");

    /**
     * "Jorge «La Hiena» Barrios", 'Angel "Wichel" González': a given name, a quoted nickname of up to three capitalised
     * words and the surname are one name, as the NER sets mark it (es +1, it +3 names); the surname's index, or -1. Before,
     * the surname alone had joined another person of the article who bears it ("Edith Barrios").
     */
    int nicknameEnd(AnalyzedText text, int at) {
        List<Token> tokens = text.tokens();
        Token given = tokens.get(at - 1);
        if (!OPENING_QUOTES.contains(text.gap(given, tokens.get(at))) || !Boolean.TRUE.equals(gazetteer.firstName(given.norm()))) {
            return -1;
        }
        for (int k = at; k < at + 3 && k + 1 < tokens.size(); k++) {
            Token word = tokens.get(k);
            if (!word.capitalised() || word.sentence() != given.sentence()) {
                return -1;
            }
            String gap = text.gap(word, tokens.get(k + 1));
            if (CLOSING_QUOTES.contains(gap)) {
                Token surname = tokens.get(k + 1);
                return surname.capitalised() && surname.sentence() == given.sentence() ? k + 1 : -1;
            }
            if (!gap.equals(" ")) {
                return -1;
            }
        }
        return -1;
    }
}
