package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Which mentions of an article are one person: a full name and its variants (Sergey / Sergei Lavrov), and a
 * surname alone (Lavrov) when the article names one person with it. Shared by the rules and by the learned
 * tagger's reconciliation, so both name a person the same way and an article has one entity per person.
 */
final class People {

    /** Transliteration variants of one given name (Sergey / Sergei: 0.92). */
    private static final double SAME_GIVEN_NAME = 0.88;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final Gazetteer gazetteer;

    People(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "A. Dale", "J. Zanetti", "J. R. Ewing": initials before one capitalised word write a person's name in every
     * Latin-script news language, unless that word is a known place or organisation, or one with a compass point
     * before it ("N. Korea" is North Korea in a headline).
     */
    boolean initialled(AnalyzedText text, List<Token> tokens, LanguageProfile language) {
        int n = tokens.size();
        if (n < 2 || n > 3) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!initial(text.text(), tokens.get(i))) {
                return false;
            }
        }
        Token surname = tokens.get(n - 1);
        if (!surname.capitalised() || surname.acronym() || gazetteer.lookup(Lexicon.key(surname.norm()), language) != null) {
            return false;
        }
        String point = n == 2 ? COMPASS_POINTS.get(tokens.get(0).text()) : null;
        return point == null || gazetteer.lookup(Lexicon.key(point + " " + surname.norm())) == null;
    }

    private static final Map<String, String> COMPASS_POINTS = Map.of("N", "North", "S", "South", "E", "East", "W", "West");

    /** One capital letter with a dot after it; the scanner keeps "U.S." whole, so it is never taken for initials. */
    static boolean initial(String text, Token token) {
        return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0)) && token.end() < text.length()
                && text.charAt(token.end()) == '.';
    }

    /** The segments grouped by person, each group named by its longest mention with the given name's canonical spelling. */
    List<MentionGroup> grouped(List<Segment> people) {
        List<MentionGroup> groups = new ArrayList<>();
        for (Segment segment : people) {
            MentionGroup match = groups.stream().filter(g -> same(g.segments.get(0), segment)).findFirst().orElse(null);
            if (match == null) {
                match = new MentionGroup(EntityType.PERSON, null);
                groups.add(match);
            }
            match.segments.add(segment);
        }
        groups.forEach(this::name);
        return groups;
    }

    /**
     * The groups with the people among them merged: a person found twice (the tagger's "Wladimir Putin" beside
     * the rules' in a headline) becomes one, and a surname alone joins the one full name it ends, whatever it was typed. Other groups
     * are kept as they are, in order.
     */
    List<MentionGroup> merged(List<MentionGroup> groups, boolean genitiveS) {
        List<MentionGroup> result = new ArrayList<>();
        List<MentionGroup> fullNames = new ArrayList<>();
        for (MentionGroup group : groups) {
            if (group.type != EntityType.PERSON || longest(group).tokens().size() < 2) {
                continue;
            }
            MentionGroup same = fullNames.stream().filter(p -> same(longest(p), longest(group), genitiveS)).findFirst().orElse(null);
            if (same == null) {
                fullNames.add(group);
            } else {
                same.absorb(group);
                group.segments.clear();
            }
        }
        for (MentionGroup group : groups) {
            if (group.segments.isEmpty()) {
                continue;
            }
            MentionGroup person = (group.type == EntityType.PERSON || surnameTypedOtherwise(group)) && longest(group).tokens().size() == 1
                    ? withSurname(fullNames, group.segments.get(0).first().norm(), genitiveS) : null;
            if (person != null) {
                person.absorb(group);
            } else {
                result.add(group);
            }
        }
        fullNames.forEach(this::name);
        return result;
    }

    /**
     * A word no list knows, typed otherwise in one sentence («Sarrazin will offenbar …» an organisation, "durch Greenberg" a
     * place), is still the surname of the one person the article names in full with it. A name the gazetteer knows
     * ("Ford", "Jordan") and a people's word stay what they are.
     */
    private static boolean surnameTypedOtherwise(MentionGroup group) {
        return group.type != EntityType.NORP && group.segments.stream().allMatch(s -> s.kind() == Segment.Kind.UNKNOWN);
    }

    /** Same surname, and given names that are one name's spellings. */
    boolean same(Segment a, Segment b) {
        return same(a, b, false);
    }

    private boolean same(Segment a, Segment b, boolean genitiveS) {
        if (!sameSurname(surname(a.last().norm()), surname(b.last().norm()), genitiveS)) {
            return false;
        }
        String givenA = gazetteer.canonicalGivenName(a.first().norm()).toLowerCase(Locale.ROOT);
        String givenB = gazetteer.canonicalGivenName(b.first().norm()).toLowerCase(Locale.ROOT);
        return JARO_WINKLER.apply(givenA, givenB) >= SAME_GIVEN_NAME;
    }

    /** The one person whose name ends with this word as surname; null when none or several do. */
    static MentionGroup withSurname(List<MentionGroup> persons, String word) {
        return withSurname(persons, word, false);
    }

    private static MentionGroup withSurname(List<MentionGroup> persons, String word, boolean genitiveS) {
        MentionGroup found = null;
        for (MentionGroup person : persons) {
            String last = longest(person).last().norm();
            if (last.equalsIgnoreCase(word) || sameSurname(surname(last), surname(word), genitiveS)) {
                if (found != null && found != person) {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }

    /**
     * The one person whose full name opens with this word ("Carlo" after "Carlo Conti", "Mitt" after "Mitt Romney");
     * null when none or several do.
     */
    static MentionGroup withGivenName(List<MentionGroup> persons, String word) {
        MentionGroup found = null;
        for (MentionGroup person : persons) {
            Segment name = longest(person);
            if (name.tokens().size() >= 2 && name.first().norm().equals(word)) {
                if (found != null && found != person) {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }

    /** One surname, or with {@code genitiveS} also the one in the genitive ("Kupfers" is Kupfer's). */
    private static boolean sameSurname(String a, String b, boolean genitiveS) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        return genitiveS && Math.abs(a.length() - b.length()) == 1 && Math.min(a.length(), b.length()) >= 3
                && (a.length() > b.length() ? genitive(a, b) : genitive(b, a));
    }

    private static boolean genitive(String longer, String shorter) {
        return longer.endsWith("s") && longer.regionMatches(true, 0, shorter, 0, shorter.length());
    }

    /** Surname without an Arabic article or patronymic particle: al-Assad → Assad. */
    static String surname(String lastToken) {
        for (String particle : SURNAME_PARTICLES) {
            if (lastToken.length() > particle.length() && lastToken.regionMatches(true, 0, particle, 0, particle.length())) {
                return lastToken.substring(particle.length());
            }
        }
        return lastToken;
    }

    private static final String[] SURNAME_PARTICLES = {"al-", "el-", "ad-", "as-", "bin-", "ibn-"};

    private void name(MentionGroup group) {
        List<Token> tokens = longest(group).tokens();
        List<String> parts = new ArrayList<>(tokens.size());
        // "Francesco d'Assisi", "Marcello Dell'Utri": the elided article the scanner keeps apart is part of the name.
        tokens.forEach(t -> parts.add(parts.isEmpty() ? t.norm() : t.elided() + t.norm()));
        parts.set(0, gazetteer.canonicalGivenName(parts.get(0)));
        // The scanner leaves an initial's dot out of the word; the name keeps it ("J. Zanetti"), the id is the same.
        parts.replaceAll(part -> part.length() == 1 && Character.isUpperCase(part.charAt(0)) ? part + "." : part);
        group.canonical = String.join(" ", parts);
    }

    /** The mention with most words; of those, the shortest written (Harry Kupfer, not the genitive Harry Kupfers). */
    static Segment longest(MentionGroup group) {
        // Asked for every pair of people and every mention of a surname: a loop, and the written length only on a tie.
        Segment best = group.segments.get(0);
        for (int i = 1; i < group.segments.size(); i++) {
            Segment segment = group.segments.get(i);
            int words = segment.tokens().size() - best.tokens().size();
            if (words > 0 || (words == 0 && segment.surface().length() < best.surface().length())) {
                best = segment;
            }
        }
        return best;
    }
}
