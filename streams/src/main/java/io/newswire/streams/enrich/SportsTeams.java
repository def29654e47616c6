package io.newswire.streams.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name that plays is a team: "Surrey 429-7", "Buducnost 1 Red Star 3", a standings row "CHICAGO 71 64",
 * "Derbyshire beat Worcestershire". Wire copy is full of results and tables where city, county and club
 * names stand for teams; readers, and every NER set, take those for organisations.
 * <p>The evidence is the line itself. A known place needs a score after it on a line with another name's
 * score, a standings row, or a match word to another name; a name no list knows needs a standings row or a
 * result ("A 1 B 3") — a line of several names with a number each is a list of players' points, and
 * "X v. Y" is as often a court case between people. A dateline ("CHICAGO 1996-08-30": a year is no
 * score), a decimal ("Richter 7.6") or a number a word follows ("Ohio 20 electoral votes") is no result.
 */
final class SportsTeams {

    /** Words between two teams in a fixture or a result, in any language; "beat" in English. */
    private static final Set<String> BETWEEN_TEAMS = Set.of("v", "vs");
    private static final Set<String> BETWEEN_TEAMS_EN = Set.of("beat", "beats");
    /**
     * Masculine articles, with their prepositions, that Spanish and Italian never put before a city's name but
     * always before a club's ("el Barcelona", "del Parma", "il Milan"); countries and regions take them too.
     */
    private static final Map<String, Set<String>> CLUB_ARTICLES = Map.of(
            "es", Set.of("el", "del", "al"),
            "it", Set.of("il", "del", "al", "dal", "nel", "sul", "col"));
    /**
     * The abbreviations a club's name opens with in Europe's leagues (Football Club, Athletic Football Club,
     * Associazione Calcio, Sport Club, Club de Fútbol, Club Deportivo, Unión Deportiva, Sociedad Deportiva, Real Club
     * (Deportivo), Club Baloncesto, Balonmano, Sportverein, Verein für Bewegungsspiele / Leibesübungen, Turn- und
     * Sportverein, Fudbalski / Sportovní / Nogometni klub): "FC Barcelona", "AC Milan", "VfB Stuttgart". Left out
     * because they are also other words' capitals: US, AS, SS, CA, BC.
     */
    private static final Set<String> CLUB_PREFIXES = Set.of("FC", "AFC", "AC", "SC", "CF", "CD", "UD", "SD", "RC", "RCD",
            "CB", "BM", "SV", "VfB", "VfL", "TSV", "FK", "SK", "NK");
    /** Players' and staff's roles written after their team's name in English: "Surrey captain Chris Lewis", "Cubs shortstop". */
    private static final Set<String> ROLES_EN = Set.of("captain", "skipper", "manager", "coach", "striker", "defender", "midfielder",
            "goalkeeper", "keeper", "forward", "winger", "shortstop", "pitcher", "catcher", "outfielder", "infielder", "quarterback",
            "batsman", "bowler", "all-rounder", "wicketkeeper", "fullback", "scrum-half", "fly-half", "hooker", "owner");
    private static final int LONGEST_PARENTHESIS = 4;
    private static final int LONGEST_SCORE = 3;
    private static final int LONGEST_TEAM = 4;

    private SportsTeams() {
    }

    /**
     * Whether this mention of a name is a team's.
     *
     * @param knownPlace the name is a place the gazetteer knows (not a country: national teams keep their country's type)
     */
    static boolean plays(AnalyzedText text, Segment mention, boolean knownPlace, LanguageProfile language) {
        if (mention.tokens().size() == 1 && mention.first().text().length() < 2) {
            return false; // "Group C 3 2 1 0": a letter naming a group or pool in a table
        }
        int score = scoreAfter(text, mention.last(), true);
        if (score >= 0) {
            if (standingsRow(text, score)) {
                return true;
            }
            if (knownPlace ? namesWithScores(text, mention.last()) >= 2 : result(text, mention, score)) {
                return true;
            }
        }
        return knownPlace && facesTeam(text, mention, language);
    }

    /** "Surrey captain Chris Lewis", "Reds manager Ray Knight": in English, a player's or staff member's role, then a name. */
    static boolean roleAfter(AnalyzedText text, Segment mention, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        int role = mention.last().index() + 1;
        if (!language.isEnglish() || mention.last().possessive() || role + 1 >= tokens.size()) {
            return false;
        }
        Token word = tokens.get(role);
        Token name = tokens.get(role + 1);
        return ROLES_EN.contains(word.text()) && adjacent(text, mention.last(), word) && adjacent(text, word, name) && name.capitalised();
    }

    /** Whether the word is a club's opening abbreviation ("FC" of "FC Barcelona"), in any language. */
    static boolean clubPrefix(Token token) {
        return CLUB_PREFIXES.contains(token.text());
    }

    /** "FC Barcelona", "BM. Granollers": a name of several words opened by a club's abbreviation is the club. */
    static boolean club(List<Token> name) {
        return name.size() >= 2 && clubPrefix(name.get(0));
    }

    /**
     * Words clubs across Europe's leagues put before their city ("Real Madrid", "Inter de Milán", "Dynamo Moscow",
     * "Borussia Dortmund", "Olympique Marseille"); they name a club only before a place, as "Real Decreto" shows.
     */
    private static final Set<String> CLUB_WORDS = Set.of("real", "atlético", "atletico", "athletic", "deportivo", "sporting",
            "racing", "olympique", "borussia", "dinamo", "dynamo", "spartak", "lokomotiv", "inter", "hertha", "eintracht",
            "slavia", "sparta", "steaua");
    private static final Set<String> CLUB_PARTICLES = Set.of("de", "di", "of");

    static boolean clubWord(Token token) {
        return CLUB_WORDS.contains(token.lower());
    }

    /** Unknown words so far are a club's word, and perhaps its particle, that a place would complete ("Inter de" Milán). */
    static boolean opensClubBeforePlace(List<Token> unknown) {
        return !unknown.isEmpty() && clubWord(unknown.get(0))
                && (unknown.size() == 1 || (unknown.size() == 2 && CLUB_PARTICLES.contains(unknown.get(1).text())));
    }

    /** Where the place a club's word is followed by stands in the name ("Inter de Milán": 2), or -1. */
    static int placeAfterClubWord(List<Token> name) {
        if (name.size() < 2 || !clubWord(name.get(0))) {
            return -1;
        }
        int at = CLUB_PARTICLES.contains(name.get(1).text()) ? 2 : 1;
        return at == name.size() - 1 ? at : -1;
    }

    /** "del Parma": a city's name after an article only a club takes in this language. */
    static boolean clubByArticle(AnalyzedText text, Segment mention, LanguageProfile language) {
        Set<String> articles = CLUB_ARTICLES.get(language.code());
        int before = mention.first().index() - 1;
        if (articles == null || before < 0) {
            return false;
        }
        Token article = text.tokens().get(before);
        return articles.contains(article.text()) && adjacent(text, article, mention.first());
    }

    /**
     * Whether the mention stands in brackets right after one of the names, which does not open its line (a dateline's
     * "Gavá (Barcelona), 23 may" names a town and its province).
     */
    static boolean afterPlayer(AnalyzedText text, Segment mention, List<Segment> names) {
        int before = mention.first().index() - 1;
        int close = mention.last().index() + 1;
        List<Token> tokens = text.tokens();
        if (before < 1 || !text.gap(tokens.get(before), mention.first()).strip().equals("(")
                || (close < tokens.size() ? !text.gap(mention.last(), tokens.get(close)).strip().startsWith(")")
                        : !text.text().substring(mention.last().end()).strip().startsWith(")"))) {
            return false;
        }
        for (Segment name : names) {
            if (name.last().index() == before && name.first().index() > 0
                    && !text.gap(tokens.get(name.first().index() - 1), name.first()).contains("\n")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the score right after {@code name} (a parenthesis such as a country may stand between), or -1.
     *
     * @param strict also -1 when a word in lower case follows the number ("20 electoral votes")
     */
    private static int scoreAfter(AnalyzedText text, Token name, boolean strict) {
        List<Token> tokens = text.tokens();
        int next = name.index() + 1;
        if (next >= tokens.size()) {
            return -1;
        }
        String gap = text.gap(name, tokens.get(next));
        if (gap.strip().equals("(")) {
            next = afterParenthesis(text, next);
        } else if (!gap.isBlank()) {
            return -1;
        }
        if (next < 0 || next >= tokens.size() || !sameLine(text, name, tokens.get(next)) || !score(text, next)) {
            return -1;
        }
        if (strict && next + 1 < tokens.size()) {
            Token number = tokens.get(next);
            Token after = tokens.get(next + 1);
            if (sameLine(text, number, after) && text.gap(number, after).isBlank() && Character.isLowerCase(after.text().codePointAt(0))) {
                return -1;
            }
        }
        return next;
    }

    /** "CHICAGO 71 64 .526": the score is followed by another number on the same line. */
    private static boolean standingsRow(AnalyzedText text, int score) {
        List<Token> tokens = text.tokens();
        return score + 1 < tokens.size() && sameLine(text, tokens.get(score), tokens.get(score + 1))
                && text.gap(tokens.get(score), tokens.get(score + 1)).isBlank() && score(text, score + 1);
    }

    /** How many capitalised words of the name's line have a score right after them. */
    private static int namesWithScores(AnalyzedText text, Token name) {
        int count = 0;
        for (Token t : text.tokens()) {
            if (t.sentence() == name.sentence() && t.capitalised() && onLine(text, t, name) && scoreAfter(text, t, false) >= 0) {
                count++;
            }
        }
        return count;
    }

    /** "Buducnost 1 Red Star 3": another name and its score right after this one's, or right before this name. */
    private static boolean result(AnalyzedText text, Segment mention, int score) {
        List<Token> tokens = text.tokens();
        int next = score + 1;
        if (next < tokens.size() && joined(text, tokens.get(score), tokens.get(next)) && tokens.get(next).capitalised()) {
            for (int k = next; k < Math.min(tokens.size(), next + LONGEST_TEAM) && tokens.get(k).capitalised(); k++) {
                if (scoreAfter(text, tokens.get(k), true) >= 0) {
                    return true;
                }
            }
        }
        int before = mention.first().index() - 1;
        return before >= 1 && score(text, before) && joined(text, tokens.get(before), mention.first())
                && scoreAfter(text, tokens.get(before - 1), true) == before;
    }

    /** Next to each other on one line, with spaces or a dash between: "1 Red Star", "1 - Red Star". */
    private static boolean joined(AnalyzedText text, Token left, Token right) {
        String gap = text.gap(left, right).strip();
        return sameLine(text, left, right) && (gap.isEmpty() || gap.equals("-"));
    }

    /** The token after the parenthesis that opens before {@code open}, or -1 if it does not close soon. */
    private static int afterParenthesis(AnalyzedText text, int open) {
        List<Token> tokens = text.tokens();
        for (int k = open; k < Math.min(tokens.size() - 1, open + LONGEST_PARENTHESIS); k++) {
            if (text.gap(tokens.get(k), tokens.get(k + 1)).contains(")")) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "Derbyshire beat Worcestershire", "Kent v Essex": a match word between this name and another capitalised one. */
    private static boolean facesTeam(AnalyzedText text, Segment mention, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        int after = mention.last().index() + 1;
        int before = mention.first().index() - 1;
        return (after + 1 < tokens.size() && matchWord(tokens.get(after), language)
                        && adjacent(text, mention.last(), tokens.get(after)) && adjacent(text, tokens.get(after), tokens.get(after + 1))
                        && tokens.get(after + 1).capitalised())
                || (before >= 1 && matchWord(tokens.get(before), language)
                        && adjacent(text, tokens.get(before), mention.first()) && adjacent(text, tokens.get(before - 1), tokens.get(before))
                        && tokens.get(before - 1).capitalised());
    }

    private static boolean matchWord(Token token, LanguageProfile language) {
        return BETWEEN_TEAMS.contains(token.text()) || (language.isEnglish() && BETWEEN_TEAMS_EN.contains(token.text()));
    }

    /** Next to each other on one line, with nothing but spaces (or the full stop of "vs.") between. */
    private static boolean adjacent(AnalyzedText text, Token left, Token right) {
        return sameLine(text, left, right) && text.gap(left, right).strip().replace(".", "").isEmpty();
    }

    /** Whether {@code b}, at or after {@code a}, is on {@code a}'s line: same sentence, no line break between. */
    private static boolean sameLine(AnalyzedText text, Token a, Token b) {
        int lineBreak = text.text().indexOf('\n', a.end());
        return a.sentence() == b.sentence() && (lineBreak < 0 || lineBreak >= b.start());
    }

    /** Whether two tokens of one sentence stand on one line, in either order. */
    private static boolean onLine(AnalyzedText text, Token a, Token b) {
        return a.index() <= b.index() ? sameLine(text, a, b) : sameLine(text, b, a);
    }

    /**
     * "3", "429", "92-90", "429-7": one to three digits, twice at most; never a year, a date or the whole part
     * of a decimal ("7.6", "2,000").
     */
    private static boolean score(AnalyzedText text, int index) {
        List<Token> tokens = text.tokens();
        String word = tokens.get(index).text();
        int dash = word.indexOf('-');
        boolean digits = dash < 0 ? digits(word, 0, word.length()) : digits(word, 0, dash) && digits(word, dash + 1, word.length());
        if (!digits || index + 1 >= tokens.size()) {
            return digits;
        }
        String gap = text.gap(tokens.get(index), tokens.get(index + 1));
        return !((gap.equals(".") || gap.equals(",")) && Character.isDigit(tokens.get(index + 1).text().charAt(0)));
    }

    private static boolean digits(String word, int from, int to) {
        if (to - from < 1 || to - from > LONGEST_SCORE) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (word.charAt(k) < '0' || word.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Plural words that end a place's own name rather than a team's, beside the place heads that type a name a place
     * ("Cayman Islands", "Woodland Hills": {@link NameCues#placeHeadLast}), and an event's ("Atlanta Games").
     */
    private static final Set<String> PLACE_PLURALS = Set.of("isles", "keys", "alps", "highlands", "plains", "woods", "gardens",
            "states", "emirates", "territories", "towers", "fields", "flats", "narrows", "sands", "shores", "rapids", "glades",
            "meadows", "valleys", "lands", "games", "olympics", "championships", "awards", "talks", "accords");

    /**
     * In English, a capitalised plural after a place that makes the two a team's name ("Vikings" of "Minnesota Vikings"): no
     * place's or event's own plural, no people's word, and the place no strong given name ("Julia Roberts", "Chad Curtis").
     */
    static boolean nicknameAfterPlace(List<Token> place, Token word, Gazetteer gazetteer, LanguageProfile language) {
        String lower = word.lower();
        return language.isEnglish() && word.capitalised() && !word.acronym() && lower.length() >= 4 && lower.endsWith("s")
                && !lower.endsWith("ss") && !PLACE_PLURALS.contains(lower) && !NameCues.placeHeadLast(lower) && !gazetteer.isDemonym(word.norm(), language)
                && !(place.size() == 1 && Boolean.TRUE.equals(gazetteer.firstName(place.get(0).norm())));
    }
}
