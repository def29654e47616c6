package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Puts the learned tagger's names in place of the rules' guesses while keeping what only the rules
 * know: a tagged name the rules found too keeps its gazetteer entry (Deutschland stays the entity
 * Germany, with its id), a rule name the tagger rejects is dropped (unless it is a listed organisation),
 * a name only the tagger found becomes an entity of its own (the gazetteer's when it knows the word:
 * "Russlands" is Russia). Nationality words (NORP) are the rules' alone: the tagger is not trained on
 * them. People found both ways are merged afterwards ({@link People#merged}).
 */
final class TaggedNames {

    private TaggedNames() {
    }

    /**
     * @param knownName the gazetteer's entry for words written together as the rules look them up (a one-word name's
     *     lemma included); null when none
     * @param surePerson whether a rule's mention of a person is sure enough to stand against the tagger
     */
    static List<MentionGroup> reconcile(AnalyzedText text, List<MentionGroup> ruleGroups, List<NameTagger.TaggedName> names,
            Function<List<Token>, Gazetteer.Known> knownName, Predicate<Segment> surePerson) {
        Map<Long, Segment> segments = new HashMap<>();
        Map<Segment, MentionGroup> owners = new IdentityHashMap<>();
        List<MentionGroup> result = new ArrayList<>();
        for (MentionGroup group : ruleGroups) {
            if (group.type == EntityType.NORP) {
                result.add(group);
                continue;
            }
            for (Segment segment : group.segments) {
                segments.put(span(segment.first().index(), segment.last().index()), segment);
                owners.put(segment, group);
            }
        }
        Map<MentionGroup, List<Segment>> kept = new LinkedHashMap<>();
        Map<MentionGroup, Map<EntityType, Integer>> votes = new IdentityHashMap<>();
        Map<String, MentionGroup> found = new LinkedHashMap<>();
        // "US-Präsident Joe Biden" opening a sentence: the tagger, trained on few sentences, may split a person the rules
        // found by a listed given name ("Biden" an organisation); the rules' person stands.
        Map<MentionGroup, List<Segment>> people = new LinkedHashMap<>();
        BitSet peopleTokens = new BitSet();
        for (MentionGroup group : ruleGroups) {
            if (group.type == EntityType.PERSON) {
                for (Segment segment : group.segments) {
                    if (surePerson.test(segment)) {
                        people.computeIfAbsent(group, g -> new ArrayList<>()).add(segment);
                        peopleTokens.set(segment.first().index(), segment.last().index() + 1);
                    }
                }
            }
        }
        // "Alternative für Deutschland": a listed organisation stands whole, so no piece the tagger made inside it is a name.
        BitSet listedTokens = new BitSet();
        for (MentionGroup group : ruleGroups) {
            if (group.type != EntityType.NORP && listedOrganisation(group.segments)) {
                group.segments.forEach(s -> listedTokens.set(s.first().index(), s.last().index() + 1));
            }
        }
        for (NameTagger.TaggedName name : atPunctuation(text, names, knownName)) {
            Segment segment = segments.get(span(name.first(), name.last()));
            if (segment == null && (peopleTokens.get(name.first(), name.last() + 1).cardinality() > 0
                    || listedTokens.get(name.first(), name.last() + 1).cardinality() == name.last() - name.first() + 1)) {
                continue;
            }
            if (segment != null) {
                MentionGroup group = owners.get(segment);
                kept.computeIfAbsent(group, g -> new ArrayList<>()).add(segment);
                votes.computeIfAbsent(group, g -> new EnumMap<>(EntityType.class)).merge(name.type(), 1, Integer::sum);
                continue;
            }
            Gazetteer.Known known = knownName.apply(text.tokens().subList(name.first(), name.last() + 1));
            Segment fresh = new Segment(known == null ? Segment.Kind.UNKNOWN : Segment.Kind.KNOWN,
                    text.tokens().subList(name.first(), name.last() + 1), known);
            String canonical = known == null ? fresh.surface() : known.canonical();
            found.computeIfAbsent(name.type() + ":" + Lexicon.key(canonical), key -> new MentionGroup(name.type(), canonical))
                    .segments.add(fresh);
        }
        for (MentionGroup group : ruleGroups) {
            if (group.type != EntityType.NORP && listedOrganisation(group.segments)) {
                kept.put(group, new ArrayList<>(group.segments));
            }
        }
        people.forEach((group, mentions) -> {
            List<Segment> tagged = kept.computeIfAbsent(group, g -> new ArrayList<>());
            mentions.stream().filter(m -> !tagged.contains(m)).forEach(tagged::add);
            votes.computeIfAbsent(group, g -> new EnumMap<>(EntityType.class)).merge(EntityType.PERSON, mentions.size(), Integer::sum);
        });
        kept.forEach((group, mentions) -> {
            group.segments.clear();
            group.segments.addAll(mentions);
            Map<EntityType, Integer> typeVotes = votes.getOrDefault(group, Map.of());
            if (!listedOrganisation(mentions) && typeVotes.getOrDefault(group.type, 0) * 2 < mentions.size()) {
                group.type = typeVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            result.add(group);
        });
        result.addAll(found.values());
        return result;
    }

    /**
     * An organisation the gazetteer lists stays, with its type, whatever the tagger says: the list holds only
     * names that are never common nouns, places or people (NATO, ООН, "die Nato"), where a listed place the
     * tagger rejects is often a word ("Essen") and one it calls an organisation often a team ("Leeds 2").
     */
    private static boolean listedOrganisation(List<Segment> mentions) {
        Segment first = mentions.get(0);
        return first.kind() == Segment.Kind.KNOWN && first.known().type() == EntityType.ORGANIZATION;
    }

    /**
     * The tagger's names without the stopword that opens their sentence or clause ("Am Donnerstag", "Ornig: Im Wahljahr";
     * inside a sentence a capitalised article is the name's own: "Die Zeit", "Den Haag"), and none that is then a stopword alone
     * ("Ich" of a quoted title) or only weekdays and months ("Donnerstag"; "Ende März" stays), as the rules never make one.
     */
    static List<NameTagger.TaggedName> withoutNonNames(AnalyzedText text, List<NameTagger.TaggedName> names, LanguageProfile language) {
        List<NameTagger.TaggedName> kept = new ArrayList<>(names.size());
        for (NameTagger.TaggedName name : names) {
            int first = name.first();
            Token opening = text.tokens().get(first);
            boolean stopword = language.isStopword(opening.lower());
            if (stopword && first == name.last()) {
                continue;
            }
            if (stopword && opensClause(text, opening)) {
                first++;
            }
            boolean calendar = true;
            for (int i = first; i <= name.last() && calendar; i++) {
                calendar = CalendarWords.contains(language.code(), text.tokens().get(i).lower());
            }
            int last = language.capitalisesNouns() ? lastCapitalised(text, first, name.last(), language) : name.last();
            while (last > first && YEAR.matcher(text.tokens().get(last).text()).matches()) {
                // "CeBIT 2010", "Olympischen Spielen 2004": the year is when, not part of the name.
                last--;
            }
            if (!calendar) {
                kept.add(first == name.first() && last == name.last() ? name : new NameTagger.TaggedName(first, last, name.type()));
            }
        }
        return kept;
    }

    /**
     * "Krugman vergessen", "Henry bezwungen und musste sich mit": where nouns are capitalised, a name the tagger ran on into
     * the words of the language after it ends at its last capitalised word. A name written in lower case ("dpa") and an
     * abbreviation ("Ökodorf e.G.") stay whole, as does a foreign name's word the dictionary does not hold ("údolí").
     */
    private static int lastCapitalised(AnalyzedText text, int first, int last, LanguageProfile language) {
        Morphology lexicon = Morphology.lexicon(language.code());
        int end = last;
        while (end > first && ordinaryLowerCaseWord(text.tokens().get(end), lexicon)) {
            end--;
        }
        return text.tokens().get(end).capitalised() ? end : last;
    }

    private static boolean ordinaryLowerCaseWord(Token word, Morphology lexicon) {
        String text = word.text();
        return !word.capitalised() && text.chars().allMatch(Character::isLowerCase) && !lexicon.tagged(text).isEmpty();
    }

    /**
     * The tagger's people without the common nouns that end them ("Alexander Schallenberg Außenminister", "Wong Kar-wai
     * Film"), where nouns are capitalised and the dictionary never lists the noun as a name: only where two words are left,
     * or one in the genitive, which the noun follows as what the person has ("Macrons Rede", "Melanies
     * Eltern"). A surname that is also a noun stays ("Detlef Untermann"), and a name of one word is never dropped
     * ("Madonna", "Zöllner"). The last word goes also when it is a compound whose head is such a noun ("Außenminister",
     * "Neujahrsansprache", which the dictionary does not list whole) and no given name stands before it, after two
     * words or a genitive: GermEval held-out 0.6838 -> 0.6870 ("Heidi Klums Modelsuche", "Hitlers Vizekanzler"). A noun
     * between a name and a given name splits the two people ("Herbert Neubauer VP-Chef Sebastian Kurz", a photo credit
     * run into its caption).
     */
    static List<NameTagger.TaggedName> peopleWithoutNouns(AnalyzedText text, List<NameTagger.TaggedName> names, Morphology dictionary,
                                                          java.util.function.Predicate<Token> givenName) {
        List<NameTagger.TaggedName> kept = new ArrayList<>(names.size());
        for (NameTagger.TaggedName name : names) {
            if (name.type() != EntityType.PERSON) {
                kept.add(name);
                continue;
            }
            int split = roleBeforePerson(text.tokens(), name, dictionary, givenName);
            if (split > 0) {
                kept.add(new NameTagger.TaggedName(name.first(), split - 1, name.type()));
                name = new NameTagger.TaggedName(split + 1, name.last(), name.type());
            }
            int last = name.last();
            if (endsInCompoundNoun(text.tokens(), name, dictionary, givenName)) {
                last--;
            }
            while (last >= name.first() && dictionary.capitalisedCommonNoun(text.tokens().get(last))) {
                last--;
            }
            boolean leftNamed = last > name.first() || (last == name.first() && text.tokens().get(last).norm().endsWith("s"));
            kept.add(last == name.last() || !leftNamed ? name : new NameTagger.TaggedName(name.first(), last, name.type()));
        }
        return kept;
    }

    /** "Herbert Neubauer VP-Chef Sebastian Kurz": a common noun between a name and a given name is the second person's role. */
    private static int roleBeforePerson(List<Token> tokens, NameTagger.TaggedName name, Morphology dictionary,
                                        java.util.function.Predicate<Token> givenName) {
        for (int i = name.first() + 2; i + 2 <= name.last(); i++) {
            Token word = tokens.get(i);
            if (givenName.test(tokens.get(i + 1)) && !givenName.test(tokens.get(i - 1))
                    && dictionary.commonNounOrCompoundOfOne(word)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsInCompoundNoun(List<Token> tokens, NameTagger.TaggedName name, Morphology dictionary,
                                              java.util.function.Predicate<Token> givenName) {
        int last = name.last();
        boolean longEnough = last - name.first() >= 2 || (last - name.first() == 1 && tokens.get(name.first()).norm().endsWith("s"));
        return longEnough && !givenName.test(tokens.get(last - 1)) && dictionary.commonNounHead(tokens.get(last).norm());
    }

    /** The first word of a sentence, or of what follows a colon or a full stop the sentence breaker missed ("gestellt.Am"). */
    private static boolean opensClause(AnalyzedText text, Token word) {
        if (word.position() == 0) {
            return true;
        }
        String gap = text.gap(text.tokens().get(word.index() - 1), word);
        return gap.indexOf(':') >= 0 || gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0;
    }

    private static final java.util.Set<String> AND = java.util.Set.of("und", "и");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

    /**
     * "Bayern und Saarland": each part of the tagger's name between its "and"s is a name the gazetteer knows, so the
     * name is two; a firm's "Harles und Jentzsch" and a ministry's "für Unterricht und Kultus" stay whole.
     */
    private static boolean coordinatesNames(List<Token> tokens, NameTagger.TaggedName name, Function<List<Token>, Gazetteer.Known> knownName) {
        int from = name.first();
        boolean and = false;
        for (int i = name.first(); i <= name.last() + 1; i++) {
            if (i <= name.last() && !AND.contains(tokens.get(i).text())) {
                continue;
            }
            if (i == from || knownName.apply(tokens.subList(from, i)) == null) {
                return false;
            }
            and |= i <= name.last();
            from = i + 1;
        }
        return and;
    }

    /**
     * The tagger's names split where a colon, comma, semicolon or bracket stands between two of their words: a
     * headline's "Harry Kupfer: Feingeist mit …" gave one person "Harry Kupfer Feingeist". No name spans them.
     */
    static List<NameTagger.TaggedName> atPunctuation(AnalyzedText text, List<NameTagger.TaggedName> names,
                                                     Function<List<Token>, Gazetteer.Known> knownName) {
        List<NameTagger.TaggedName> split = new ArrayList<>(names.size());
        for (NameTagger.TaggedName name : names) {
            int first = name.first();
            boolean coordinated = coordinatesNames(text.tokens(), name, knownName);
            for (int i = name.first() + 1; i <= name.last(); i++) {
                if (coordinated && AND.contains(text.tokens().get(i).text()) && i > first && i < name.last()) {
                    split.add(new NameTagger.TaggedName(first, i - 1, name.type()));
                    first = i + 1;
                    i++;
                    continue;
                }
                if (separates(text.gap(text.tokens().get(i - 1), text.tokens().get(i)))) {
                    split.add(new NameTagger.TaggedName(first, i - 1, name.type()));
                    first = i;
                }
            }
            split.add(first == name.first() ? name : new NameTagger.TaggedName(first, name.last(), name.type()));
        }
        return split;
    }

    private static boolean separates(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == ':' || c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']') {
                return true;
            }
        }
        return false;
    }

    private static long span(int first, int last) {
        return ((long) first << 32) | last;
    }
}
