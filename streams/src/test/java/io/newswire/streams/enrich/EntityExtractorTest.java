package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<ExtractedEntity> extract(String body) {
        return extractor.extract(analyzer.analyze("Talks resume in Vienna", body));
    }

    private static Optional<ExtractedEntity> find(List<ExtractedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void shouldNotTakeAPlaceAfterInForTheSpeakerOfTheVerbAfterIt() {
        List<ExtractedEntity> entities = extract("The children are unharmed, a police official in Tacambaro said on Friday.");
        assertNotEquals(EntityType.PERSON, find(entities, "Tacambaro").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldKeepAClosingInitialsAbbreviationPointInTheMentionSpan() {
        String body = "The court heard Marta Dressler K. on Friday.";
        List<ExtractedEntity> entities = extract(body);
        ExtractedEntity.Span span = entities.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow()
                .mentionSpans().get(0);
        assertEquals("Marta Dressler K.", analyzer.analyze("Talks resume in Vienna", body).text().substring(span.start(), span.end()));
    }

    @Test
    void shouldLeaveACompanySuffixsPointOutOfTheMentionSpan() {
        String body = "Shares rose at Valdemart Corp. Analysts were surprised.";
        List<ExtractedEntity> entities = extract(body);
        ExtractedEntity.Span span = entities.stream().filter(e -> e.name().startsWith("Valdemart")).findFirst().orElseThrow()
                .mentionSpans().get(0);
        assertEquals("Valdemart Corp", analyzer.analyze("Talks resume in Vienna", body).text().substring(span.start(), span.end()));
    }

    @Test
    void shouldMergeCountryAliasesIntoCanonicalName() {
        List<ExtractedEntity> entities = extract("Officials from the Russian Federation met U.S. envoys. Russia and the USA disagreed.");
        assertEquals(List.of("Russian Federation", "Russia"), find(entities, "Russia").orElseThrow().surfaceForms());
        assertEquals(2, find(entities, "United States").orElseThrow().mentions());
        assertEquals(EntityType.LOCATION, find(entities, "Russia").orElseThrow().type());
    }

    @Test
    void shouldTakeANameWithAnAgeBetweenCommasForAPerson() {
        List<ExtractedEntity> entities = extract("Police detained Tarvo on Friday. Tarvo, 45, a veteran dissident, was jailed before.");
        assertEquals(EntityType.PERSON, find(entities, "Tarvo").orElseThrow().type());
    }

    @Test
    void shouldTakeAnAgencysNewsroomForAnOrganisation() {
        List<ExtractedEntity> entities = extract("Rates eased on Friday, dealers said.\n-- Oslo Newsroom +47 22 00 00 00");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Oslo Newsroom").orElseThrow().type());
    }

    @Test
    void shouldTakeANameAfterChainForAnOrganisation() {
        List<ExtractedEntity> entities = extract("Investors bid for the retail chain Valdemart on Friday. Valdemart said it would reply.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Valdemart").orElseThrow().type());
    }

    @Test
    void shouldTakeATitlesWordThatSpeaksForAPersonsSurname() {
        List<ExtractedEntity> entities = extract("The captain picked her team on Friday. \"We need her if we want to win,\" said King.");
        assertEquals(EntityType.PERSON, find(entities, "King").orElseThrow().type());
    }

    @Test
    void shouldTakeACompassWordBeforeAPlaceForPartOfThatPlace() {
        List<ExtractedEntity> entities = extract("Rebels fought on in the mainly Moslem North Caucasus region on Friday.");
        assertEquals(EntityType.LOCATION, find(entities, "North Caucasus").orElseThrow().type());
    }

    @Test
    void shouldTakeTheSouthOfADividedCountryForAPlace() {
        List<ExtractedEntity> entities = extract("The veteran has lived in the South since the war, Seoul officials said on Friday.");
        assertEquals(EntityType.LOCATION, find(entities, "South").orElseThrow().type());
    }

    @Test
    void shouldNotTakeACompassWordBeforeADemonymForAPlace() {
        List<ExtractedEntity> entities = extract("Offers to sell gold by South Korean traders revived on Friday, dealers said.");
        assertFalse(entities.stream().anyMatch(e -> e.type() == EntityType.LOCATION), entities.toString());
    }

    @Test
    void shouldNotTakeAGroupsAdjectiveForAPlace() {
        List<ExtractedEntity> entities = extract("The government announced the expansion of Jewish settlements around the city on Friday.");
        assertNotEquals(EntityType.LOCATION, find(entities, "Jewish").map(ExtractedEntity::type).orElse(null));
    }

    @Test
    void shouldKnowARegionTheCountryAndCityListsLack() {
        List<ExtractedEntity> entities = extract("Fighting in Chechnya went on as settlers in the West Bank protested on Friday.");
        assertEquals(EntityType.LOCATION, find(entities, "Chechnya").orElseThrow().type());
        assertEquals(EntityType.LOCATION, find(entities, "West Bank").orElseThrow().type());
    }

    @Test
    void shouldMergeARegionsOtherNamesIntoOne() {
        List<ExtractedEntity> entities = extract("Rebels in the Chechen Republic said on Friday that Chechnya would hold out.");
        assertEquals(2, find(entities, "Chechnya").orElseThrow().mentions(), entities.toString());
    }

    @Test
    void shouldKnowAGovernmentBodyByItsAcronym() {
        List<ExtractedEntity> entities = extract("Agents of the FBI searched the house on Monday, a spokesman said.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Federal Bureau of Investigation").orElseThrow().type());
    }

    @Test
    void shouldTakeACountryBeforeAKnownOrganisationForAnOrganisationOfItsOwn() {
        List<ExtractedEntity> entities = extract("Leaders of the Kurdistan Democratic Party met on Monday in the north.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Kurdistan Democratic Party").orElseThrow().type(), entities.toString());
        assertTrue(find(entities, "Kurdistan").isEmpty() && find(entities, "Democratic Party").isEmpty(), entities.toString());
    }

    @Test
    void shouldTakeACountrysNameForThePersonNamedInFullWhenItSpeaks() {
        List<ExtractedEntity> entities = extract("Irish director Neil Jordan defended his film on Friday. \"It is my best film,\" "
                + "Jordan said. The lead actor plays a rebel in Jordan's film.");
        assertEquals(3, find(entities, "Neil Jordan").orElseThrow().mentions(), entities.toString());
        assertTrue(find(entities, "Jordan").isEmpty(), entities.toString());
    }

    @Test
    void shouldTakeALongerUntypedNameForAPersonWhenThePlaceItEndsInSpeaks() {
        List<ExtractedEntity> entities = extract("MaliVai Washington lost in five sets on Monday. \"I got a little tight,\" said Washington.");
        ExtractedEntity player = find(entities, "MaliVai Washington").orElseThrow();
        assertEquals(EntityType.PERSON, player.type());
        assertEquals(2, player.mentions());
    }

    @Test
    void shouldTakeANameEndingInAnAirportForAPlaceThoughAGivenNameOpensIt() {
        List<ExtractedEntity> entities = extract("The plane landed at Amir Kestrel Airport after a two-hour delay on Sunday.");
        assertEquals(EntityType.LOCATION, find(entities, "Amir Kestrel Airport").orElseThrow().type());
    }

    @Test
    void shouldTakeANameTheTextAbbreviatesInBracketsForAnOrganisation() {
        List<ExtractedEntity> entities = extract("Members of Grey Lantern Brigades (GLB) were arrested on Monday near the border.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Grey Lantern Brigades").orElseThrow().type());
    }

    @Test
    void shouldKnowANewsAgencyNamedAsASource() {
        List<ExtractedEntity> entities = extract("The minister told Reuters on Monday that the talks would resume, Xinhua also reported.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Reuters").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, find(entities, "Xinhua").orElseThrow().type());
    }

    @Test
    void shouldTakeACitysNameThatIsTheSurnameOfAPersonNamedInFullForThePerson() {
        List<ExtractedEntity> entities = extract("The candidate Alejandro Toledo asked for the vote to be annulled. Supporters of Toledo marched.");
        assertEquals(2, find(entities, "Alejandro Toledo").orElseThrow().mentions());
        assertTrue(find(entities, "Toledo").isEmpty(), entities.toString());
    }

    @Test
    void shouldKeepACityNamedAfterAPlaceCueAPlaceBesideAPersonOfThatSurname() {
        List<ExtractedEntity> entities = extract("The writer Maria Toledo spoke on Monday. She lives in Toledo.");
        assertEquals(EntityType.LOCATION, find(entities, "Toledo").orElseThrow().type());
    }

    @Test
    void shouldKeepANameAnOrganisationNounTypedAnOrganisationWhereItAlsoSpeaks() {
        List<ExtractedEntity> entities = extract("Sales fell sharply, Veltrona said on Monday. Veltrona said the outlook was weak. "
                + "Shares of the carmaker Veltrona fell.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Veltrona").orElseThrow().type());
        assertEquals(3, find(entities, "Veltrona").orElseThrow().mentions());
    }

    @Test
    void shouldTypeASeatOfPowerThatSpeaksAsAnOrganization() {
        List<ExtractedEntity> entities = extract("The Kremlin said the talks would go on. Reporters waited outside the White House.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Kremlin").orElseThrow().type());
        assertEquals(EntityType.LOCATION, find(entities, "White House").orElseThrow().type());
    }

    @Test
    void shouldMakeNationalityWordsNorpReferringToTheirCountry() {
        ExtractedEntity americans = find(extract("Americans and British officials met in Vienna."), "American").orElseThrow();
        assertEquals(EntityType.NORP, americans.type());
        assertEquals("united-states", americans.refersTo());
    }

    @Test
    void shouldKeepANationalityWordThatHeadsALongerName() {
        List<ExtractedEntity> entities = extract("Veterans of the American Legion marched past the British Museum.");
        assertTrue(find(entities, "American Legion").isPresent());
        assertTrue(find(entities, "British Museum").isPresent());
        assertFalse(find(entities, "American").isPresent());
    }

    @Test
    void shouldNotLinkANameThatANationalityWordHeadsToAnotherEntry() {
        List<ExtractedEntity> entities = extract("He sailed to British Guiana in 1920.");
        assertTrue(find(entities, "British Guiana").isPresent());
        assertFalse(find(entities, "French Guiana").isPresent());
    }

    @Test
    void shouldNotRenameAPersonThroughADifferentNamesTransliteration() {
        assertTrue(find(extract("The orchestra played music about Alexander Nevsky."), "Alexander Nevsky").isPresent());
    }

    @Test
    void shouldReportTheTitleWrittenBeforeANameAsAnAttribute() {
        ExtractedEntity johnson = find(extract("The vote was close. Sen. Ada Johnson said she would vote no."), "Ada Johnson").orElseThrow();
        assertEquals(List.of("Sen"), johnson.titles());
    }

    @Test
    void shouldKeepTheOrganisationThatAPlaceCompletes() {
        ExtractedEntity bank = find(extract("The Bank of England raised rates."), "Bank of England").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, bank.type());
    }

    @Test
    void shouldFindASurnameThatIsAlsoAWordOnceThePersonIsNamed() {
        ExtractedEntity player = find(extract("Gary Player won in Vienna. Player said the greens were fast."), "Gary Player").orElseThrow();
        assertEquals(2, player.mentions());
    }

    @Test
    void shouldNotReadOrdinaryWordsAsASurnameSharedByTwoPeople() {
        List<ExtractedEntity> entities = extract("Gary Player met Ann Player in Vienna. Player said the greens were fast.");
        assertEquals(1, find(entities, "Gary Player").orElseThrow().mentions());
    }

    @Test
    void shouldNotReadOneWordPlaceOutOfALongerNameAfterAMiddleInitial() {
        assertTrue(find(extract("The city hired Raymond H. Hawksley as director."), "Raymond H. Hawksley").isPresent());
    }

    @Test
    void shouldNotReadAOneWordPlaceOutOfALongerName() {
        List<ExtractedEntity> entities = extract("The ferry from Staten Island was late again on Monday.");
        assertFalse(find(entities, "Iceland").isPresent(), entities.toString());
        assertTrue(find(entities, "Staten Island").isPresent(), entities.toString());
    }

    @Test
    void shouldLinkAGenericOneWordAliasOnlyWhenTheFullNameIsThere() {
        assertFalse(find(extract("The Commission met on Monday to discuss the harbour fees."), "European Commission").isPresent());
        ExtractedEntity commission = find(extract("The European Commission met on Monday. The Commission said fees would fall."),
                "European Commission").orElseThrow();
        assertEquals(2, commission.mentions());
    }

    @Test
    void shouldKeepACountryThatSpeaksALocation() {
        List<ExtractedEntity> entities = extract("Russia said the talks would go on.");
        assertEquals(EntityType.LOCATION, find(entities, "Russia").orElseThrow().type());
    }

    @Test
    void shouldResolveSurnameOnlyMentionsToFullName() {
        List<ExtractedEntity> entities = extract("Foreign Minister Amara Okonjo arrived on Monday. Okonjo said talks would last a week. "
                + "Later Ms Okonjo met reporters.");
        ExtractedEntity person = find(entities, "Amara Okonjo").orElseThrow();
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(3, person.mentions());
        assertFalse(find(entities, "Okonjo").isPresent());
    }

    @Test
    void shouldMergeTransliterationVariants() {
        List<ExtractedEntity> entities = extract("Sergey Ivanchenko opened the meeting. Later Sergei Ivanchenko left.");
        ExtractedEntity person = find(entities, "Sergei Ivanchenko").orElseThrow();
        assertEquals(2, person.mentions());
        assertEquals("sergei-ivanchenko", person.id());
    }

    @Test
    void shouldNotTakeTitleAloneForPerson() {
        List<ExtractedEntity> entities = extract("The US Ambassador said the talks were useful.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), entities.toString());
    }

    @Test
    void shouldNotTakeDemonymForPlace() {
        List<ExtractedEntity> entities = extract("A Russian diplomat and a French official spoke.");
        assertFalse(find(entities, "Russia").isPresent());
        assertFalse(find(entities, "France").isPresent());
    }

    @Test
    void shouldSkipOrdinaryWordsThatOpenSentences() {
        List<ExtractedEntity> entities = extract("Many delegates left early. Though tired, they returned on Tuesday.");
        assertTrue(entities.isEmpty(), entities.toString());
    }

    @Test
    void shouldTypeOrganisationsByHeadWordAndAcronym() {
        List<ExtractedEntity> entities = extract("The Harbour Workers Union rejected the offer, and NATO officials watched.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Harbour Workers Union").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, find(entities, "NATO").orElseThrow().type());
    }

    @Test
    void shouldKeepParticleNamesWhole() {
        List<ExtractedEntity> entities = extract("President Karim al-Rashid spoke. Al-Rashid's aides said al-Rashid would travel.");
        assertEquals(EntityType.PERSON, find(entities, "Karim al-Rashid").orElseThrow().type());
    }

    @Test
    void shouldRankFrequentTitleEntitiesFirst() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("Vienna hosts energy summit",
                "Ministers gathered in Vienna on Monday. Vienna police closed roads. A delegate from Chile attended."));
        assertEquals("Vienna", entities.get(0).name());
        assertEquals(1.0, entities.get(0).salience());
    }

    @Test
    void shouldKnowACountryByItsCldrVariantName() {
        ExtractedEntity turkey = find(extract("Officials from Turkey met envoys. Turkey said the talks went well."), "Türkiye").orElseThrow();
        assertEquals(EntityType.LOCATION, turkey.type());
        assertEquals(2, turkey.mentions());
    }

    @Test
    void shouldTypeALoneNameAfterInAsAPlace() {
        assertEquals(EntityType.LOCATION, find(extract("Fighting went on in Vorkhalla for a third day."), "Vorkhalla").orElseThrow().type());
    }

    @Test
    void shouldTypeANameAfterANounForAnOrganisationAsOne() {
        assertEquals(EntityType.ORGANIZATION, find(extract("Shares of the carmaker Vorkhalla rose on Monday."), "Vorkhalla").orElseThrow().type());
    }

    @Test
    void shouldNotTypeANameInThePossessiveAfterInAsAPlace() {
        assertNotEquals(EntityType.LOCATION, find(extract("Growth slowed in Vorkhalla's first term."), "Vorkhalla").orElseThrow().type());
    }

    @Test
    void shouldTypeANameBeforeAnOrganisationNounAsAnOrganization() {
        List<ExtractedEntity> entities = extract("Trading was quiet. Zelcor shares fell two percent in early trading.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Zelcor").orElseThrow().type());
    }

    @Test
    void shouldTypeANameBeforeNewsAgencyAsAnOrganization() {
        List<ExtractedEntity> entities = extract("Talks broke down on Monday, the Brevik news agency said.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Brevik").orElseThrow().type());
    }

    @Test
    void shouldLetOneTypedMentionTypeTheNameWhereNothingElseDoes() {
        List<ExtractedEntity> entities = extract("Zelcor opened a plant in Vienna on Monday. "
                + "The carmaker Zelcor expects growth. Analysts like Zelcor.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Zelcor").orElseThrow().type());
    }

    @Test
    void shouldTakeAnInitialBeforeAnUnknownWordForAPersonsName() {
        ExtractedEntity person = find(extract("The visitors fielded a new side. K. Vorkhalla took two wickets."), "K. Vorkhalla").orElseThrow();
        assertEquals(EntityType.PERSON, person.type());
    }

    @Test
    void shouldNotTakeACompassPointBeforeACountryForAnInitial() {
        List<ExtractedEntity> entities = extract("Envoys of S. Korea met on Monday to talk trade.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), entities.toString());
    }

    @Test
    void shouldTakeNamesJoinedByAnAmpersandForOneOrganisation() {
        ExtractedEntity firm = find(extract("Shares rose on Monday. Vorkhalla & Brevik said profit doubled."), "Vorkhalla & Brevik").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, firm.type());
    }

    @Test
    void shouldTypeANameAfterALowerCaseTitleAsAPerson() {
        List<ExtractedEntity> entities = extract("Talks resumed on Friday. The rebel leader Vorkhalla Brevik agreed to a ceasefire.");
        assertEquals(EntityType.PERSON, find(entities, "Vorkhalla Brevik").orElseThrow().type());
    }

    @Test
    void shouldJoinAPlacesNameAndAnotherByAnAmpersandIntoOneFirm() {
        List<ExtractedEntity> entities = extract("Shares rose on Monday. Lyon & Brevik said profit doubled.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Lyon & Brevik").orElseThrow().type());
        assertTrue(find(entities, "Lyon").isEmpty(), entities.toString());
    }

    @Test
    void shouldTakeAPlaceOfSeveralWordsBeforeAnOrganisationsNameAsPartOfIt() {
        List<ExtractedEntity> entities = extract("Wheat futures fell. Trading on the Buenos Aires Grain Exchange was thin.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Buenos Aires Grain Exchange").orElseThrow().type());
        assertTrue(find(entities, "Buenos Aires").isEmpty(), entities.toString());
    }

    @Test
    void shouldTakeTheFirstWordOfAFirmNamedInFullForTheFirm() {
        List<ExtractedEntity> entities = extract("Vorkhalla Brevik Inc agreed to buy a rival. Vorkhalla rose 2 percent in early trading.");
        ExtractedEntity firm = find(entities, "Vorkhalla Brevik").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, firm.type());
        assertEquals(2, firm.mentions());
    }

    @Test
    void shouldNameAFirmWithoutItsLegalFormSoArticlesThatLeaveItOutShareItsId() {
        ExtractedEntity firm = find(extract("Shares rose on Monday. Vorkhalla Brevik Plc said profit doubled."), "Vorkhalla Brevik").orElseThrow();
        assertEquals(EntityIds.of("Vorkhalla Brevik"), firm.id());
    }

    @Test
    void shouldTakeTheWordForAPeopleWithinAStateForAGroupNotAPlace() {
        List<ExtractedEntity> entities = extract("Rain stopped play in English county matches on Friday.");
        assertEquals(EntityType.NORP, find(entities, "English").orElseThrow().type());
    }

    @Test
    void shouldNotTakeALoneCapitalLetterForAName() {
        List<ExtractedEntity> entities = extract("Shares offered by the company N / A. The firm said it would list in May.");
        assertTrue(find(entities, "N").isEmpty(), entities.toString());
    }

    @Test
    void shouldNotTakeAWordOfAHeadlineInCapitalsForAnAcronym() {
        List<ExtractedEntity> entities = extract("ARMY RETAKES VORKHALLA AFTER SIEGE.\nThe army said it took Vorkhalla on Monday.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), entities.toString());
    }

    @Test
    void shouldTakeATitlesWordAfterAGivenNameForTheSurname() {
        List<ExtractedEntity> entities = extract("Talks ended on Monday. Clara Major told reporters the plan would go ahead.");
        assertEquals(EntityType.PERSON, find(entities, "Clara Major").orElseThrow().type());
    }

    @Test
    void shouldNotTakeATimeZoneOrADiseaseForAnOrganisation() {
        List<ExtractedEntity> entities = extract("Polls close at 1800 UTC on Friday. Cases of HIV fell, officials said.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), entities.toString());
    }

    @Test
    void shouldTakeAFullNameWhoseSecondWordComesBackAloneForAPerson() {
        List<ExtractedEntity> entities = extract("The deal was struck by Tavrik Valtavik in Prague. Valtavik signed it on Monday.");
        assertEquals(EntityType.PERSON, find(entities, "Tavrik Valtavik").orElseThrow().type());
    }

    @Test
    void shouldNotTakeATeamWhosePluralComesBackAloneForAPerson() {
        List<ExtractedEntity> entities = extract("The Seattle Mariners lost again. The Mariners have not won since May.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), entities::toString);
    }

    @Test
    void shouldTakeAPlaceAndAPluralAfterItForATeam() {
        List<ExtractedEntity> entities = extract("The Minnesota Vikings visit New Orleans on Sunday.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Minnesota Vikings").orElseThrow().type());
    }

    @Test
    void shouldTakeAKnownCityAndAPluralAfterItForOneTeam() {
        List<ExtractedEntity> entities = extract("The Tigers blanked the Kansas City Royals on Sunday.");
        assertEquals(EntityType.ORGANIZATION, find(entities, "Kansas City Royals").orElseThrow().type());
    }

    @Test
    void shouldTakeANameEndingInHillsForAPlace() {
        List<ExtractedEntity> entities = extract("Firefighters reached a hotel in Woodland Hills on Sunday.");
        assertEquals(EntityType.LOCATION, find(entities, "Woodland Hills").orElseThrow().type());
    }

    @Test
    void shouldKeepAPlaceWhosePluralIsPartOfItsOwnName() {
        List<ExtractedEntity> entities = extract("Storms hit the Cayman Islands on Sunday.");
        assertEquals(EntityType.LOCATION, find(entities, "Cayman Islands").orElseThrow().type());
    }

    @Test
    void shouldTakeAnUntypedNameWithAPersonsSurnameForARelative() {
        List<ExtractedEntity> entities = extract("President Boris Valtsin flew to Sochi. His wife Naira Valtsin stayed in Moscow.");
        assertEquals(EntityType.PERSON, find(entities, "Naira Valtsin").orElseThrow().type());
    }
}
