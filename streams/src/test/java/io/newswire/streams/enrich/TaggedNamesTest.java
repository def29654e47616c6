package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedNamesTest {

    private static final java.util.function.Predicate<Token> GIVEN_NAME = word -> Boolean.TRUE.equals(Gazetteer.get().firstName(word.norm()));

    private static final LanguageProfile GERMAN = LanguageProfile.of("de");
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final EntityExtractor rules = new EntityExtractor(Gazetteer.get(), WordStats.get(), false);

    private List<MentionGroup> reconcile(AnalyzedText text, NameTagger.TaggedName... names) {
        return TaggedNames.reconcile(text, rules.ruleGroups(text, GERMAN), List.of(names), word -> null, segment -> false);
    }

    private List<MentionGroup> reconcileAndMerge(AnalyzedText text, NameTagger.TaggedName... names) {
        return new People(Gazetteer.get()).merged(reconcile(text, names), true);
    }

    private List<MentionGroup> reconcileKnowing(AnalyzedText text, Gazetteer.Known known, NameTagger.TaggedName... names) {
        return TaggedNames.reconcile(text, rules.ruleGroups(text, GERMAN), List.of(names), word -> known, segment -> false);
    }

    private static List<NameTagger.TaggedName> withoutNouns(AnalyzedText text, List<NameTagger.TaggedName> names) {
        return TaggedNames.peopleWithoutNouns(text, names, Morphology.of("de"), GIVEN_NAME);
    }

    private static NameTagger.TaggedName person(int first, int last) {
        return new NameTagger.TaggedName(first, last, EntityType.PERSON);
    }

    private static int index(AnalyzedText text, String word) {
        return text.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    }

    @Test
    void shouldLeaveOutATaggedStopwordAlone() {
        AnalyzedText text = analyzer.analyze("", "\"Ich finde das gut\", sagte Merkel am Montag.");
        int ich = index(text, "Ich");
        int merkel = index(text, "Merkel");
        List<NameTagger.TaggedName> names = List.of(new NameTagger.TaggedName(ich, ich, EntityType.MISC),
                person(merkel, merkel));
        assertEquals(List.of(names.get(1)), TaggedNames.withoutNonNames(text, names, GERMAN));
    }

    @Test
    void shouldLeaveOutATaggedWeekdayAfterTheStopwordOpeningItsSentence() {
        AnalyzedText text = analyzer.analyze("", "Die Regierung tagte. Am Donnerstag stellen ÖVP und Grüne das Programm vor.");
        NameTagger.TaggedName day = new NameTagger.TaggedName(index(text, "Am"), index(text, "Donnerstag"), EntityType.LOCATION);
        assertEquals(List.of(), TaggedNames.withoutNonNames(text, List.of(day), GERMAN));
    }

    @Test
    void shouldKeepACapitalisedArticleInsideASentenceInTheName() {
        AnalyzedText text = analyzer.analyze("", "Das berichtete Die Zeit am Montag.");
        NameTagger.TaggedName paper = new NameTagger.TaggedName(index(text, "Die"), index(text, "Zeit"), EntityType.ORGANIZATION);
        assertEquals(List.of(paper), TaggedNames.withoutNonNames(text, List.of(paper), GERMAN));
    }

    @Test
    void shouldKeepTheGazetteerEntryOfANameBothFound() {
        AnalyzedText text = analyzer.analyze("", "Deutschland und Frankreich einigten sich am Montag.");
        int germany = index(text, "Deutschland");
        List<MentionGroup> groups = reconcile(text, new NameTagger.TaggedName(germany, germany, EntityType.LOCATION));
        assertEquals(1, groups.size());
        assertEquals("germany", EntityIds.of(groups.get(0).canonical));
    }

    @Test
    void shouldDropANameOfTheRulesThatTheTaggerRejects() {
        AnalyzedText text = analyzer.analyze("", "Deutschland und Frankreich einigten sich am Montag.");
        List<MentionGroup> groups = reconcile(text);
        assertTrue(groups.isEmpty(), groups.toString());
    }

    @Test
    void shouldMakeAnEntityOfANameOnlyTheTaggerFound() {
        AnalyzedText text = analyzer.analyze("", "Die Firma Korvanto meldete am Montag höhere Gewinne.");
        int name = index(text, "Korvanto");
        List<MentionGroup> groups = reconcile(text, new NameTagger.TaggedName(name, name, EntityType.ORGANIZATION));
        assertEquals(1, groups.size());
        assertEquals(EntityType.ORGANIZATION, groups.get(0).type);
        assertEquals("Korvanto", groups.get(0).canonical);
    }

    @Test
    void shouldJoinALoneSurnameToTheFullNameOfTheArticle() {
        AnalyzedText text = analyzer.analyze("", "Die Ministerin Helga Brunnsteiner reiste nach Wien. Brunnsteiner sprach dort.");
        int given = index(text, "Helga");
        int surname = text.tokens().stream().filter(t -> t.text().equals("Brunnsteiner")).reduce((a, b) -> b).orElseThrow().index();
        List<MentionGroup> groups = reconcileAndMerge(text, person(given, given + 1),
                person(surname, surname));
        MentionGroup person = groups.stream().filter(g -> g.type == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(2, person.segments.size(), groups.toString());
    }

    @Test
    void shouldMakeOnePersonOfAFullNameTheTaggerFoundBesideTheRulesSpellingOfIt() {
        AnalyzedText text = analyzer.analyze("Wladimir Putin droht", "Präsident Wladimir Putin sprach in Moskau. Danach sprach Putin erneut.");
        List<Integer> given = text.tokens().stream().filter(t -> t.text().equals("Wladimir")).map(Token::index).toList();
        List<MentionGroup> ruled = rules.ruleGroups(text, GERMAN);
        List<NameTagger.TaggedName> names = new java.util.ArrayList<>();
        given.forEach(g -> names.add(person(g, g + 1)));
        List<MentionGroup> groups = new People(Gazetteer.get()).merged(TaggedNames.reconcile(text, ruled, names, word -> null, segment -> false), true);
        List<MentionGroup> persons = groups.stream().filter(g -> g.type == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), groups.toString());
        assertEquals("vladimir-putin", EntityIds.of(persons.get(0).canonical));
    }

    @Test
    void shouldJoinAPersonsNameInTheGenitiveToTheName() {
        AnalyzedText text = analyzer.analyze("Harry Kupfers Erbe", "Der Regisseur Harry Kupfer ist tot. Kupfers Inszenierungen bleiben.");
        List<Integer> harry = text.tokens().stream().filter(t -> t.text().equals("Harry")).map(Token::index).toList();
        int alone = text.tokens().stream().filter(t -> t.text().equals("Kupfers")).reduce((a, b) -> b).orElseThrow().index();
        List<MentionGroup> groups = reconcileAndMerge(text, new NameTagger.TaggedName(harry.get(0), harry.get(0) + 1, EntityType.PERSON),
                new NameTagger.TaggedName(harry.get(1), harry.get(1) + 1, EntityType.PERSON), person(alone, alone));
        List<MentionGroup> persons = groups.stream().filter(g -> g.type == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), groups.toString());
        assertEquals("Harry Kupfer", persons.get(0).canonical);
    }

    @Test
    void shouldSplitATaggedNameOfTwoKnownNamesJoinedByAnd() {
        AnalyzedText text = analyzer.analyze("", "Zwischen Bayern und Saarland gibt es Streit.");
        int bayern = index(text, "Bayern");
        NameChunker chunker = new NameChunker(Gazetteer.get(), WordStats.get());
        List<NameTagger.TaggedName> split = TaggedNames.atPunctuation(text, List.of(new NameTagger.TaggedName(bayern, bayern + 2, EntityType.LOCATION)),
                span -> chunker.knownName(span, GERMAN));
        assertEquals(List.of(new NameTagger.TaggedName(bayern, bayern, EntityType.LOCATION), new NameTagger.TaggedName(bayern + 2, bayern + 2, EntityType.LOCATION)),
                split);
    }

    @Test
    void shouldKeepAFirmOfTwoSurnamesJoinedByAnd() {
        AnalyzedText text = analyzer.analyze("", "Die Firma Harles und Jentzsch liefert Futter.");
        int harles = index(text, "Harles");
        NameChunker chunker = new NameChunker(Gazetteer.get(), WordStats.get());
        List<NameTagger.TaggedName> names = List.of(new NameTagger.TaggedName(harles, harles + 2, EntityType.ORGANIZATION));
        assertEquals(names, TaggedNames.atPunctuation(text, names, span -> chunker.knownName(span, GERMAN)));
    }

    @Test
    void shouldSplitATaggedNameWhereAColonOrCommaStandsInIt() {
        AnalyzedText text = analyzer.analyze("Nachruf auf Harry Kupfer: Feingeist mit Humor", "Er starb am Montag.");
        int harry = index(text, "Harry");
        List<NameTagger.TaggedName> split = TaggedNames.atPunctuation(text, List.of(person(harry, harry + 2)),
                span -> null);
        assertEquals(List.of(person(harry, harry + 1), person(harry + 2, harry + 2)),
                split);
    }

    @Test
    void shouldRetypeAKnownNameByTheMajorityOfItsTaggedMentions() {
        AnalyzedText text = analyzer.analyze("", "Deutschland gewann gegen Frankreich. Deutschland spielte stark.");
        List<Integer> mentions = text.tokens().stream().filter(t -> t.text().equals("Deutschland")).map(Token::index).toList();
        List<MentionGroup> groups = reconcile(text, new NameTagger.TaggedName(mentions.get(0), mentions.get(0), EntityType.ORGANIZATION),
                new NameTagger.TaggedName(mentions.get(1), mentions.get(1), EntityType.ORGANIZATION));
        assertEquals(EntityType.ORGANIZATION, groups.get(0).type);
        assertEquals("germany", EntityIds.of(groups.get(0).canonical));
    }

    @Test
    void shouldGiveANameOnlyTheTaggerFoundTheGazetteerEntryOfItsWord() {
        AnalyzedText text = analyzer.analyze("", "Die Firma Korvantos meldete am Montag höhere Gewinne.");
        int name = index(text, "Korvantos");
        List<MentionGroup> groups = reconcileKnowing(text, new Gazetteer.Known("Korvanto", EntityType.LOCATION),
                new NameTagger.TaggedName(name, name, EntityType.LOCATION));
        assertEquals("Korvanto", groups.get(0).canonical);
        assertEquals(Segment.Kind.KNOWN, groups.get(0).segments.get(0).kind());
    }

    @Test
    void shouldKeepAListedOrganisationTheTaggerRejects() {
        AnalyzedText text = analyzer.analyze("", "Die Nato beriet am Montag über neue Sanktionen.");
        List<MentionGroup> groups = reconcile(text);
        assertEquals(List.of("NATO"), groups.stream().map(g -> g.canonical).toList());
    }

    @Test
    void shouldKeepTheTypeOfAListedOrganisationTheTaggerCallsAPlace() {
        AnalyzedText text = analyzer.analyze("", "Die Nato beriet am Montag über neue Sanktionen.");
        int nato = index(text, "Nato");
        List<MentionGroup> groups = reconcile(text, new NameTagger.TaggedName(nato, nato, EntityType.LOCATION));
        assertEquals(EntityType.ORGANIZATION, groups.get(0).type);
    }

    @Test
    void shouldEndATaggedNameAtItsLastCapitalisedWord() {
        AnalyzedText text = analyzer.analyze("", "Hat Paul Krugman vergessen, dass die Zinsen steigen?");
        int paul = index(text, "Paul");
        List<NameTagger.TaggedName> names = List.of(person(paul, paul + 2));
        assertEquals(List.of(person(paul, paul + 1)),
                TaggedNames.withoutNonNames(text, names, GERMAN));
    }

    @Test
    void shouldLeaveTheYearAfterATaggedNameOut() {
        AnalyzedText text = analyzer.analyze("", "Auf der CeBIT 2010 zeigt die Firma neue Geräte.");
        int cebit = index(text, "CeBIT");
        List<NameTagger.TaggedName> names = List.of(new NameTagger.TaggedName(cebit, cebit + 1, EntityType.ORGANIZATION));
        assertEquals(List.of(new NameTagger.TaggedName(cebit, cebit, EntityType.ORGANIZATION)), TaggedNames.withoutNonNames(text, names, GERMAN));
    }

    @Test
    void shouldKeepAnAbbreviationThatEndsATaggedName() {
        AnalyzedText text = analyzer.analyze("", "Die Siedlungsgenossenschaft Ökodorf e.G. lud am Montag ein.");
        int first = index(text, "Siedlungsgenossenschaft");
        int last = index(text, "Ökodorf") + 1;
        List<NameTagger.TaggedName> names = List.of(new NameTagger.TaggedName(first, last, EntityType.ORGANIZATION));
        assertEquals(names, TaggedNames.withoutNonNames(text, names, GERMAN));
    }

    @Test
    void shouldEndATaggedPersonBeforeTheCommonNounAfterItsGenitive() {
        AnalyzedText text = analyzer.analyze("", "In Macrons Rede ging es um die Rente.");
        int macrons = index(text, "Macrons");
        List<NameTagger.TaggedName> names = List.of(person(macrons, macrons + 1));
        assertEquals(List.of(person(macrons, macrons)),
                withoutNouns(text, names));
    }

    @Test
    void shouldEndATaggedPersonBeforeACompoundOfACommonNoun() {
        AnalyzedText text = analyzer.analyze("", "Am Abend wurde Anton Brehmers Neujahrsansprache im Radio gesendet.");
        int anton = index(text, "Anton");
        List<NameTagger.TaggedName> names = List.of(person(anton, anton + 2));
        assertEquals(List.of(person(anton, anton + 1)),
                withoutNouns(text, names));
    }

    @Test
    void shouldSplitTwoTaggedPeopleAtTheRoleBetweenThem() {
        AnalyzedText text = analyzer.analyze("", "Foto: Herbert Neubauer VP-Chef Sebastian Kurz bei den Gesprächen.");
        int herbert = index(text, "Herbert");
        int sebastian = index(text, "Sebastian");
        List<NameTagger.TaggedName> names = List.of(person(herbert, sebastian + 1));
        assertEquals(List.of(person(herbert, herbert + 1),
                        person(sebastian, sebastian + 1)),
                withoutNouns(text, names));
    }

    @Test
    void shouldKeepASurnameThatIsACompoundOfACommonNounAfterAGivenName() {
        AnalyzedText text = analyzer.analyze("", "Der Abgeordnete Fritz Rudolf Steinhaus sprach zuerst.");
        int fritz = index(text, "Fritz");
        List<NameTagger.TaggedName> names = List.of(person(fritz, fritz + 2));
        assertEquals(names, withoutNouns(text, names));
    }

    @Test
    void shouldKeepASurnameThatIsAlsoACommonNounInThePersonsName() {
        AnalyzedText text = analyzer.analyze("", "Über seinen Sprecher Detlef Untermann ließ er mitteilen, dass er bleibe.");
        int detlef = index(text, "Detlef");
        List<NameTagger.TaggedName> names = List.of(person(detlef, detlef + 1));
        assertEquals(names, withoutNouns(text, names));
    }

    @Test
    void shouldJoinALoneSurnameTypedAsAnOrganisationToTheFullName() {
        AnalyzedText text = analyzer.analyze("", "Die Ministerin Helga Brunnsteiner reiste nach Wien. «Brunnsteiner will ablenken», sagte sie.");
        int given = index(text, "Helga");
        Token surname = text.tokens().stream().filter(t -> t.text().equals("Brunnsteiner")).reduce((a, b) -> b).orElseThrow();
        MentionGroup person = new MentionGroup(EntityType.PERSON, null);
        person.segments.add(new Segment(Segment.Kind.UNKNOWN, text.tokens().subList(given, given + 2), null));
        MentionGroup organisation = new MentionGroup(EntityType.ORGANIZATION, null);
        organisation.segments.add(new Segment(Segment.Kind.UNKNOWN, List.of(surname), null));
        List<MentionGroup> groups = new People(Gazetteer.get()).merged(List.of(person, organisation), true);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(2, groups.get(0).segments.size());
    }
}
