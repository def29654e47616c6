package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * People, organisations and places of one article. Capitalised runs are split by {@link NameChunker};
 * nationality, religion and party words are their own kind (NORP) referring to their country;
 * unknown names are typed from their context (a title before them, a first name, an organisation head
 * word, a reporting verb after them); then mentions are merged: aliases to their canonical name
 * (Russian Federation → Russia), transliterations (Sergey → Sergei), and surname-only mentions
 * (Tillerson, Mr Trump) to the full name seen in the same article.
 */
public final class EntityExtractor {

    private final Gazetteer gazetteer;
    private final WordStats words;
    private final NameChunker chunker;
    private final People personMentions;
    private final ReportingVerbs reportingVerbs = new ReportingVerbs();
    private final CommonNouns commonNouns = new CommonNouns();
    private final NameContextTyper typer;
    private final UncasedNames uncasedNames;

    private final boolean learnedNames;

    public EntityExtractor(Gazetteer gazetteer, WordStats words) {
        this(gazetteer, words, true);
    }

    /** {@code learnedNames}: let a language's shipped {@link NameTagger} decide the names; false gives the rules alone. */
    public EntityExtractor(Gazetteer gazetteer, WordStats words, boolean learnedNames) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.chunker = new NameChunker(gazetteer, words);
        this.personMentions = new People(gazetteer);
        this.learnedNames = learnedNames;
        this.typer = new NameContextTyper(gazetteer, words, chunker, personMentions, reportingVerbs);
        this.uncasedNames = new UncasedNames(gazetteer);
    }

    public ReportingVerbs reportingVerbs() {
        return reportingVerbs;
    }

    public List<ExtractedEntity> extract(AnalyzedText text) {
        return extract(text, LanguageProfile.english());
    }

    public List<ExtractedEntity> extract(AnalyzedText text, LanguageProfile language) {
        return extract(text, language, Enricher.NO_LAPS);
    }

    List<ExtractedEntity> extract(AnalyzedText text, LanguageProfile language, Enricher.Laps laps) {
        List<MentionGroup> groups = ruleGroups(text, language);
        laps.lap("entities (rules)");
        Optional<NameTagger> tagger = learnedNames ? NameTagger.forLanguage(language.code()) : Optional.empty();
        if (tagger.isPresent()) {
            NameFeatures features = new NameFeatures(text, language, RuleLabels.of(text, groups), gazetteer);
            groups = personMentions.merged(withoutNouns(TaggedNames.reconcile(text, groups,
                    taggedNames(text, tagger.get().tag(features, text.tokens()), language),
                    span -> chunker.knownName(span, language), segment -> surePerson(segment, language)), text, language), language.genitiveS());
        } else {
            groups = withoutNouns(groups, text, language);
        }
        if (NAMES_INFLECT.contains(language.code())) {
            groups = CaseForms.merged(inBaseForm(groups, language.code()), language);
        }
        laps.lap("entities (learned tagger)");
        groups = CompoundSurnames.joined(groups, gazetteer, language);
        CoordinatedNames.typed(text, groups, language);
        ProductNames.retype(groups, gazetteer, language);
        groups = OrdinaryWordNames.without(groups, language);
        List<ExtractedEntity> ranked = EntityRanking.rank(text, DefinedAcronyms.joined(text, groups, language));
        laps.lap("entities (merged, ranked)");
        return ranked;
    }

    private List<NameTagger.TaggedName> taggedNames(AnalyzedText text, List<NameTagger.TaggedName> tagged, LanguageProfile language) {
        List<NameTagger.TaggedName> names = OrganisationHeads.typedByHead(text.tokens(), TaggedNames.withoutNonNames(text, tagged, language), language);
        if (!language.code().equals("de")) {
            return names;
        }
        List<NameTagger.TaggedName> extended = new GermanInstitutions(language, Morphology.of("de"), word -> chunker.givenName(word, language),
                span -> chunker.knownName(span, language)).extended(text, names);
        return TaggedNames.peopleWithoutNouns(text, extended, Morphology.of("de"), word -> Boolean.TRUE.equals(gazetteer.firstName(word.norm())));
    }

    /**
     * A person the rules found by a given name of the name lists that the language's dictionary does not hold as a word
     * ("Joe Biden", not "Der Ort", "Mal …", "Kaiser Franz Joseph"), with no capitalised stopword in the span ("Patrick
     * von Brunn Auf"). Only where nouns are capitalised, whose dictionary keeps case and so tells "Dom" the noun from a
     * given name; Russian's holds every word in lower case (on factRuEval this cost 5 names, gained none).
     */
    private boolean surePerson(Segment segment, LanguageProfile language) {
        Token first = segment.first();
        return language.capitalisesNouns() && segment.tokens().size() >= 2 && Boolean.TRUE.equals(gazetteer.firstName(first.norm()))
                && !language.isStopword(first.lower()) && !NameContextTyper.ordinaryWord(first, language)
                && segment.tokens().stream().noneMatch(t -> t.capitalised() && language.isStopword(t.lower()))
                && !nounAfterName(segment, language);
    }

    /**
     * "Alexander Schallenberg Außenminister", "Harry Kupfers Biografie", "Herbert Neubauer VP-Chef Sebastian Kurz": a common
     * noun (or a compound of one) after a word that is no given name, ending the run or before a given name, is what a
     * person is or has, so the rules' run is no sure person; the tagger's names, without the noun, decide. A noun after a
     * given name is a surname ("Fritz Rudolf Körper").
     */
    private boolean nounAfterName(Segment segment, LanguageProfile language) {
        Morphology dictionary = Morphology.of(language.code());
        List<Token> tokens = segment.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token word = tokens.get(i);
            boolean beforePerson = i + 1 == tokens.size() || Boolean.TRUE.equals(gazetteer.firstName(tokens.get(i + 1).norm()));
            if (beforePerson && !Boolean.TRUE.equals(gazetteer.firstName(tokens.get(i - 1).norm()))
                    && dictionary.commonNounOrCompoundOfOne(word)) {
                return true;
            }
        }
        return false;
    }

    /** German nouns taken for names: compounds about a name ("US-Truppen") and nouns the article writes as nouns elsewhere. */
    private List<MentionGroup> withoutNouns(List<MentionGroup> groups, AnalyzedText text, LanguageProfile language) {
        if (!language.capitalisesNouns()) {
            return groups;
        }
        Morphology dictionary = Morphology.of(language.code());
        return GermanNouns.withoutNounsReadAsPlaces(
                GermanNouns.withoutNounsWrittenAsNouns(text, GermanNouns.withoutCompounds(groups, dictionary, gazetteer), dictionary), dictionary);
    }

    /** The mention groups the rules find, before any learned tagger has its say. */
    List<MentionGroup> ruleGroups(AnalyzedText text, LanguageProfile language) {
        Map<String, MentionGroup> known = new LinkedHashMap<>();
        Map<String, MentionGroup> affiliations = new LinkedHashMap<>();
        List<Segment> people = new ArrayList<>();
        List<Segment> singles = new ArrayList<>();
        Set<Segment> singlesTypedPerson = new java.util.HashSet<>();
        List<Segment> multiMisc = new ArrayList<>();
        Map<Segment, Segment> titles = new java.util.HashMap<>();
        List<MentionGroup> misc = new ArrayList<>();
        List<List<Segment>> runs = UncasedNames.applies(text) ? uncasedNames.chunk(text, language) : chunker.chunk(text, language);
        Lineups lineups = Lineups.find(text, runs, word -> language.isEnglish() ? words.isCommonWord(word.norm())
                : Morphology.lexicon(language.code()).ordinaryWord(word));
        StormNames stormNames = StormNames.in(text, language);
        Map<String, MentionGroup> storms = new LinkedHashMap<>();
        for (List<Segment> run : runs) {
            for (int k = 0; k < run.size(); k++) {
                Segment current = run.get(k);
                Segment segment = current.kind() == Segment.Kind.UNKNOWN ? withoutLeadingRole(current, language) : current;
                Segment previous = k > 0 ? run.get(k - 1) : null;
                Segment storm = segment.kind() == Segment.Kind.TITLE ? null : stormNames.storm(segment, language);
                if (storm != null) {
                    storms.computeIfAbsent(storm.first().norm(), name -> new MentionGroup(EntityType.MISC, storm.surface())).segments.add(storm);
                    continue;
                }
                switch (segment.kind()) {
                    case KNOWN -> known.computeIfAbsent(segment.known().type() + ":" + segment.known().canonical(),
                            key -> new MentionGroup(segment.known().type(), segment.known().canonical())).segments.add(segment);
                    case UNKNOWN -> {
                        Segment ministry = Portfolios.ministry(text, segment, language);
                        if (ministry != null) {
                            MentionGroup group = groupOf(EntityType.ORGANIZATION, ministry);
                            // Named as the ministry writes itself: "Ministère de l'Agriculture", one id with the capitalised mentions.
                            group.canonical = Character.toUpperCase(group.canonical.charAt(0)) + group.canonical.substring(1);
                            misc.add(group);
                            continue;
                        }
                        EntityType type = commonNouns.isNoun(text, segment, language) ? null
                                : lineups.holds(segment) ? EntityType.PERSON : typer.classify(text, segment, previous, language);
                        if (type == EntityType.PERSON && previous != null && previous.kind() == Segment.Kind.TITLE) {
                            titles.put(segment, previous);
                        }
                        if (type == EntityType.PERSON && segment.tokens().size() > 1) {
                            people.add(segment);
                        } else if (type == EntityType.PERSON || (type == EntityType.MISC && segment.tokens().size() == 1)) {
                            singles.add(segment);
                            if (type == EntityType.PERSON) {
                                singlesTypedPerson.add(segment);
                            }
                        } else if (type == EntityType.MISC) {
                            multiMisc.add(segment);
                        } else if (type != null) {
                            misc.add(groupOf(type, segment));
                        }
                    }
                    case DEMONYM -> {
                        Gazetteer.Affiliation affiliation = gazetteer.affiliation(segment.first().norm(), language);
                        affiliations.computeIfAbsent(affiliation.canonical(), key -> {
                            MentionGroup group = new MentionGroup(EntityType.NORP, affiliation.canonical());
                            group.refersTo = affiliation.country() == null ? null : EntityIds.of(affiliation.country());
                            return group;
                        }).segments.add(segment);
                    }
                    case TITLE -> {
                        if (surnameThatIsATitle(text, segment, run, language)) {
                            singles.add(segment);
                            singlesTypedPerson.add(segment);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        List<MentionGroup> clubsOfPlayers = known.values().stream().filter(group -> clubOfPlayer(text, group, people, singles)).toList();
        for (MentionGroup group : known.values()) {
            Segment first = group.segments.get(0);
            if (first.known().seat() && group.segments.stream().anyMatch(s -> typer.isPersonCue(text, s, language))) {
                // "The Kremlin said": the building speaks for the institution, which is what readers follow.
                group.type = EntityType.ORGANIZATION;
            } else if (playsAsTeam(text, group, language) || (clubsOfPlayers.size() >= 2 && clubsOfPlayers.contains(group))) {
                // One name with a place in brackets is as often a politician's state or a town's province.
                group.type = EntityType.ORGANIZATION;
            }
        }
        // "Commission" alone is any commission: a one-word alias that is an ordinary word links to its entry
        // (European Commission) only when the article also names the entry in full.
        known.values().removeIf(group -> group.segments.stream().allMatch(s -> genericAlias(s, group.canonical)));
        List<MentionGroup> groups = new ArrayList<>(known.values());
        groups.addAll(storms.values());
        List<MentionGroup> persons = personMentions.grouped(people);
        groups.removeIf(group -> joinedPersonByPlaceName(text, group, persons, multiMisc, language));
        for (Segment segment : multiMisc) {
            MentionGroup person = persons.stream().filter(p -> personMentions.same(p.segments.get(0), segment)).findFirst().orElse(null);
            if (person != null) {
                person.segments.add(segment);
            } else if (!language.capitalisesNouns() || segment.tokens().stream().anyMatch(Token::acronym)) {
                // Where nouns are capitalised, runs of them with no other evidence are not names ("Milliarden Dollar").
                misc.add(groupOf(EntityType.MISC, segment));
            }
        }
        Map<String, List<Segment>> unresolved = new LinkedHashMap<>();
        for (Segment single : singles) {
            MentionGroup person = People.withSurname(persons, single.first().norm());
            if (person == null && !language.isEnglish() && gazetteer.firstName(single.first().norm()) != null) {
                // A listed given name alone, where the article names one person by it in full: that person, called by name.
                // Not in English: CoNLL gained 11 names (0.8514 → 0.8527), but ECB+ B³ fell 0.836 → 0.833.
                person = People.withGivenName(persons, single.first().norm());
            }
            if (person != null) {
                person.segments.add(single);
            } else {
                unresolved.computeIfAbsent(single.first().norm(), k -> new ArrayList<>()).add(single);
            }
        }
        for (List<Segment> sameWord : unresolved.values()) {
            MentionGroup organisation = organisationNamed(misc, sameWord.get(0).first().norm());
            if (organisation == null) {
                organisation = firmOpenedBy(misc, sameWord.get(0).first().norm());
            }
            if (organisation != null) {
                // "het IT-bedrijf Tectrade … zei Tectrade": a noun naming the organisation outweighs a verb people share with it.
                organisation.segments.addAll(sameWord);
                continue;
            }
            boolean person = sameWord.stream().anyMatch(s -> typer.isPersonCue(text, s, language) || singlesTypedPerson.contains(s));
            MentionGroup fullName = miscWithSurname(misc, sameWord.get(0).first().norm());
            // Without a cue, the full name's shape decides: "Angelino Alfano … Alfano", not "Seattle Mariners … Mariners".
            if (fullName != null && !person && !shapedLikeAPersonsName(fullName, language)) {
                fullName = null;
            }
            if (fullName != null) {
                fullName.type = EntityType.PERSON;
                fullName.segments.addAll(sameWord);
                continue;
            }
            // "in Trump's first term": a name in the possessive after "in" is as often a person's.
            boolean place = !person && sameWord.stream().anyMatch(s -> NameCues.placeBefore(text, s.first(), language) && !s.last().possessive());
            if (!person && !place && language.capitalisesNouns()) {
                // A lone capitalised German word with no cue is far more often a noun than a name.
                continue;
            }
            MentionGroup group = new MentionGroup(person ? EntityType.PERSON : place ? EntityType.LOCATION : EntityType.MISC,
                    sameWord.get(0).surface());
            group.segments.addAll(sameWord);
            misc.add(group);
        }
        java.util.BitSet market = NameCues.marketSentences(text, language);
        for (MentionGroup group : misc) {
            if (group.type == EntityType.MISC && group.segments.stream().anyMatch(s -> market.get(s.first().sentence()))
                    && group.segments.stream().noneMatch(s -> hasOrdinaryWord(s, language))) {
                // "de koers van Cofinimmo", "las acciones de Telefónica": a name with no other evidence where shares,
                // turnover or profit are spoken of is a firm's; not a people's adjective ("Belgische") or a table's word.
                group.type = EntityType.ORGANIZATION;
            }
            if (relativeOf(group, persons, language)) {
                group.type = EntityType.PERSON;
            }
        }
        groups.addAll(persons);
        groups.addAll(mergeSameName(misc));
        groups.addAll(affiliations.values());
        addSurnamesThatAreWords(text, persons, groups);
        for (MentionGroup group : groups) {
            for (Segment segment : group.segments) {
                Segment title = titles.get(segment);
                if (title != null) {
                    group.titleTokens.addAll(title.tokens().stream().filter(Token::capitalised).toList());
                    group.titles.add(title.surface());
                }
            }
        }
        return groups;
    }

    /**
     * Languages whose names take case endings the dictionary undoes (Donalda Tuska, Donaldem Tuskiem → Donald Tusk;
     * Владимиром Зеленским → Владимир Зеленский).
     */
    private static final Set<String> NAMES_INFLECT = Set.of("pl", "ru");

    /**
     * Names no gazetteer knows, in the base form the dictionary gives each of their words that it lists as a
     * name (a lemma written with a capital), and the groups that then carry one name as one: "Kim Dzong Una" is
     * Kim Dzong Un, "Tuska" and "Tusk" one person, and one id across articles that inflect the name differently.
     * Russian, whose dictionary holds names in lower case, puts people's names in the nominative ({@link RussianNames}).
     */
    private List<MentionGroup> inBaseForm(List<MentionGroup> groups, String language) {
        Morphology morphology = Morphology.of(language);
        boolean russian = language.equals("ru");
        for (MentionGroup group : groups) {
            if (russian && group.type == EntityType.PERSON) {
                group.canonical = RussianNames.inBaseForm(group.canonical, morphology);
            } else if (russian && group.type != EntityType.NORP) {
                group.canonical = RussianPhrases.inBaseForm(group.canonical, morphology);
            } else if (!russian && (group.type == EntityType.PERSON || group.type == EntityType.MISC)) {
                group.canonical = personInBaseForm(group, morphology);
            } else if (!russian && group.type != EntityType.NORP) {
                group.canonical = morphology.nameInBaseForm(group.canonical);
            }
        }
        return mergeSameName(groups);
    }

    /**
     * A person's name, or a name still untyped, in its base form, its surname agreeing in case with its given name; an
     * untyped name whose first word is a given name only in its base form is a person ("z Donaldem Trumpem", "z Angelą
     * Merkel": the lists hold no inflected given names).
     */
    private String personInBaseForm(MentionGroup group, Morphology morphology) {
        String base = morphology.nameInBaseForm(group.canonical, true);
        if (group.type == EntityType.MISC && !inflectedGivenName(group.canonical, base)) {
            return morphology.nameInBaseForm(group.canonical);
        }
        group.type = EntityType.PERSON;
        return base;
    }

    /** A name of two or three words whose first, inflected as written, is a given name of the lists in its base form. */
    private boolean inflectedGivenName(String written, String base) {
        String[] words = base.split(" ");
        String first = written.substring(0, Math.max(0, written.indexOf(' ')));
        return words.length >= 2 && words.length <= 3 && !first.equals(words[0]) && gazetteer.firstName(words[0]) != null;
    }

    /**
     * "Gary Player … Player said": a surname that is also an ordinary word (Player, Rice, Cook) is skipped
     * on its own, so once the article has named the person in full every capitalised occurrence of it is
     * theirs — unless two people of the article share the surname.
     */
    private void addSurnamesThatAreWords(AnalyzedText text, List<MentionGroup> persons, List<MentionGroup> groups) {
        Map<String, MentionGroup> bySurname = new java.util.HashMap<>();
        for (MentionGroup person : persons) {
            for (Segment segment : person.segments) {
                String surname = segment.last().norm();
                if (segment.tokens().size() > 1 && surname.length() > 2 && words.isCommonWord(surname) && !words.isStopword(surname.toLowerCase(Locale.ROOT))
                        && bySurname.merge(surname, person, (a, b) -> a == b ? a : NO_ONE) == NO_ONE) {
                    break;
                }
            }
        }
        bySurname.values().removeIf(group -> group == NO_ONE);
        if (bySurname.isEmpty()) {
            return;
        }
        Set<Integer> used = new java.util.HashSet<>();
        groups.forEach(g -> g.segments.forEach(seg -> seg.tokens().forEach(t -> used.add(t.index()))));
        for (Token token : text.tokens()) {
            MentionGroup person = bySurname.get(token.norm());
            if (person != null && token.capitalised() && !used.contains(token.index()) && !(text.headlineCase() && text.inTitle(token))) {
                person.segments.add(new Segment(Segment.Kind.UNKNOWN, List.of(token), null));
            }
        }
    }

    private static final MentionGroup NO_ONE = new MentionGroup(EntityType.PERSON, "");

    /** A word of the name is an ordinary word, or an adjective or noun the language writes with a capital ("Belgische"). */
    private static boolean hasOrdinaryWord(Segment segment, LanguageProfile language) {
        Morphology dictionary = Morphology.of(language.code());
        return segment.tokens().stream().anyMatch(t -> NameContextTyper.ordinaryWord(t, language) || dictionary.capitalisedAdjectiveOrNoun(t));
    }

    /**
     * "said King", "King said" (Billie Jean King): a title's word alone, with no name after it and no article before it
     * ("the King said" is the monarch), that speaks is a person's surname.
     */
    private boolean surnameThatIsATitle(AnalyzedText text, Segment segment, List<Segment> run, LanguageProfile language) {
        if (run.size() != 1 || segment.tokens().size() != 1 || !language.isEnglish()) {
            return false;
        }
        int before = segment.first().index() - 1;
        if (before >= 0 && text.tokens().get(before).lower().equals("the")) {
            return false;
        }
        return typer.isPersonCue(text, segment);
    }

    private boolean genericAlias(Segment segment, String canonical) {
        Token token = segment.first();
        String key = Lexicon.key(token.norm());
        return segment.tokens().size() == 1 && !token.acronym() && !key.equals(Lexicon.key(canonical))
                && words.isAlsoOrdinaryWord(token.norm()) && !gazetteer.isRegionName(key);
    }

    /**
     * "Alejandro Toledo … según Toledo": a city's or region's one-word name that is the surname of a person the
     * article names in full is that person (moved into the person's group), unless a place cue stands before it
     * ("en Toledo", though not "in Toledo's film") or it is written in capitals (a dateline, a table). A country's
     * name only where a mention of it speaks or owns as a person does ("Neil Jordan … Jordan said"); then a longer
     * name no list typed that ends in it is the person too ("MaliVai Washington … said Washington").
     */
    private boolean joinedPersonByPlaceName(AnalyzedText text, MentionGroup group, List<MentionGroup> persons,
                                            List<Segment> multiMisc, LanguageProfile language) {
        Segment first = group.segments.get(0);
        if (group.type != EntityType.LOCATION || first.known() == null
                || group.segments.stream().anyMatch(s -> s.tokens().size() > 1 || s.first().acronym()
                        || (NameCues.placeBefore(text, s.first(), language) && !s.last().possessive()))) {
            return false;
        }
        boolean speaks = group.segments.stream().anyMatch(s -> typer.isPersonCue(text, s, language));
        if (gazetteer.isCountry(first.known()) && !speaks) {
            return false;
        }
        MentionGroup person = People.withSurname(persons, first.first().norm());
        if (person == null && speaks) {
            person = personNamedInFull(multiMisc, first.first().norm());
            if (person != null) {
                persons.add(person);
            }
        }
        if (person == null) {
            return false;
        }
        person.segments.addAll(group.segments);
        return true;
    }

    /** The longer name no list typed that ends in this word, taken out of the untyped names as a person's. */
    private static MentionGroup personNamedInFull(List<Segment> multiMisc, String surname) {
        for (Segment segment : multiMisc) {
            if (segment.tokens().size() == 2 && segment.last().norm().equals(surname) && segment.first().capitalised()) {
                multiMisc.remove(segment);
                MentionGroup person = new MentionGroup(EntityType.PERSON, segment.surface());
                person.segments.add(segment);
                return person;
            }
        }
        return null;
    }

    /** A known city or region with a score or match word beside it, or a city after a club's article ("del Parma"). */
    private boolean playsAsTeam(AnalyzedText text, MentionGroup group, LanguageProfile language) {
        Gazetteer.Known place = group.segments.get(0).known();
        if (place.type() != EntityType.LOCATION || gazetteer.isCountry(place)) {
            return false;
        }
        boolean city = gazetteer.isCity(place);
        return group.segments.stream().anyMatch(s -> SportsTeams.plays(text, s, true, language)
                || (city && SportsTeams.clubByArticle(text, s, language)) || SportsTeams.roleAfter(text, s, language));
    }

    /**
     * "Suárez (Toledo)", "Maia (Lleida)": a known city or region in brackets right after a name the rules took for a
     * person's is the player's club. Countries are left out: "Sampras (U.S.)" gives the player's nation.
     */
    private boolean clubOfPlayer(AnalyzedText text, MentionGroup group, List<Segment> people, List<Segment> singles) {
        Gazetteer.Known place = group.segments.get(0).known();
        if (place.type() != EntityType.LOCATION || gazetteer.isCountry(place)) {
            return false;
        }
        return group.segments.stream().anyMatch(s -> SportsTeams.afterPlayer(text, s, people) || SportsTeams.afterPlayer(text, s, singles));
    }

    /** The one-word organisation of this name a cue typed in another sentence, or null. */
    private static MentionGroup organisationNamed(List<MentionGroup> misc, String word) {
        for (MentionGroup group : misc) {
            Segment first = group.segments.get(0);
            if (group.type == EntityType.ORGANIZATION && first.tokens().size() == 1 && first.first().norm().equals(word)) {
                return group;
            }
        }
        return null;
    }

    /**
     * "Magna International Inc … Magna was up": a firm named in full with a company's word at its end, by the word that
     * opens its name. Only firms: a league or a party is not called by its first word ("Scottish" of "Scottish
     * Football League").
     */
    private static MentionGroup firmOpenedBy(List<MentionGroup> misc, String word) {
        for (MentionGroup group : misc) {
            Segment first = group.segments.get(0);
            if (group.type == EntityType.ORGANIZATION && first.tokens().size() >= 2 && first.first().norm().equals(word)
                    && COMPANY_WORDS.contains(first.last().norm())) {
                return group;
            }
        }
        return null;
    }

    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Corp", "Ltd", "Plc", "PLC", "AG", "GmbH", "SpA", "LLC", "SA", "NV", "Co");
    private static final Set<String> COMPANY_WORDS = Stream.concat(LEGAL_FORMS.stream(), Stream.of("Company",
            "Corporation", "Group", "Holdings", "Bank", "Bancorp", "Bancshares", "Securities", "Airlines", "Airways", "Motors",
            "Industries", "Partners", "Pharmaceuticals", "Telecom", "Communications", "Bros", "Brothers"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Whether a name of two capitalised words is shaped as a person's: its first word could be a given name (no ordinary
     * word, title, place, demonym, month, club's word or organisation's head) and its second a surname (letters only; in
     * English no plural of a word). Evidence is still needed: the surname alone later, or a relative's full name.
     */
    private boolean shapedLikeAPersonsName(MentionGroup name, LanguageProfile language) {
        Segment first = name.segments.get(0);
        Token given = first.first();
        Token surname = first.last();
        return first.tokens().size() == 2 && given.capitalised() && !given.acronym() && surname.capitalised() && !surname.acronym()
                && given.norm().indexOf('-') < 0 && !SportsTeams.clubWord(given)
                && surname.norm().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                && !Morphology.lexicon(language.code()).ordinaryWord(given) && !words.isCommonWord(given.norm())
                && !gazetteer.isOrgHead(given.norm()) && !gazetteer.isOrgHead(surname.norm()) && !gazetteer.isTitle(given.lower())
                && !gazetteer.isDemonym(given.norm(), language) && !gazetteer.isRunBreaker(given.norm()) && chunker.knownWord(given, language) == null
                && !(language.isEnglish() && pluralOfAWord(surname.norm()));
    }

    /** "Mariners", "Reds", "GDRs": a team's or a security's plural, not a surname ("Jones" is no plural of a word). */
    private boolean pluralOfAWord(String word) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return false;
        }
        String singular = word.substring(0, word.length() - 1);
        return words.isCommonWord(singular) || singular.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * "Boris Yeltsin … Naina Yeltsin": a name of two words no rule typed, shaped as a person's, whose second word is the
     * surname of a person the text names, is a relative's.
     */
    private boolean relativeOf(MentionGroup group, List<MentionGroup> persons, LanguageProfile language) {
        if (group.type != EntityType.MISC || !shapedLikeAPersonsName(group, language)) {
            return false;
        }
        return People.withSurname(persons, group.segments.get(0).last().norm()) != null;
    }

    /** "Marta Quill" typed MISC until "Quill said" shows it is a person. */
    private static MentionGroup miscWithSurname(List<MentionGroup> misc, String word) {
        for (MentionGroup group : misc) {
            Segment first = group.segments.get(0);
            if (group.type == EntityType.MISC && first.tokens().size() >= 2 && People.surname(first.last().norm()).equalsIgnoreCase(People.surname(word))) {
                return group;
            }
        }
        return null;
    }

    /**
     * "Harbourmaster Tomas Brandt": an unknown role word before a first name is not part of the name; an adjective before
     * an institution's noun that a name list also holds is ("Narodowy Bank Polski": Bank is a given name too).
     */
    private Segment withoutLeadingRole(Segment segment, LanguageProfile language) {
        List<Token> tokens = segment.tokens();
        // A particle ("de", "del", "van") is never the first name, even where the lists hold it capitalised (Del). A street
        // or square named after a person keeps its noun ("Via Giuseppe Verdi", "Corso Vittorio Emanuele").
        if (tokens.size() >= 3 && gazetteer.firstName(tokens.get(0).norm()) == null && tokens.get(1).capitalised()
                && !NameCues.placeHeadWord(tokens.get(0), language)
                && Boolean.TRUE.equals(gazetteer.firstName(tokens.get(1).norm())) && !gazetteer.isOrgHead(segment.last().norm())
                && !OrganisationHeads.headAfterAdjective(tokens, language)) {
            return new Segment(segment.kind(), tokens.subList(1, tokens.size()), null);
        }
        return segment;
    }

    private static MentionGroup groupOf(EntityType type, Segment segment) {
        MentionGroup group = new MentionGroup(type, type == EntityType.ORGANIZATION ? withoutLegalForm(segment) : segment.surface());
        group.segments.add(segment);
        return group;
    }

    /**
     * "Equifax Inc" is named Equifax, as articles that leave the legal form out name it, so both have one id; "Jones &
     * Co" keeps it.
     */
    private static String withoutLegalForm(Segment segment) {
        List<Token> tokens = segment.tokens();
        int n = tokens.size();
        if (n < 2 || !LEGAL_FORMS.contains(tokens.get(n - 1).norm()) || tokens.get(n - 2).text().equals("&")) {
            return segment.surface();
        }
        return new Segment(segment.kind(), tokens.subList(0, n - 1), null).surface();
    }


    private static List<MentionGroup> mergeSameName(List<MentionGroup> groups) {
        Map<String, MentionGroup> merged = new LinkedHashMap<>();
        for (MentionGroup group : groups) {
            MentionGroup existing = merged.putIfAbsent(group.type + ":" + Lexicon.key(group.canonical), group);
            if (existing != null) {
                existing.absorb(group);
            }
        }
        return new ArrayList<>(merged.values());
    }
}
