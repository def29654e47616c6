package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names in languages other than English: our own sentences, written in each language's news style. */
class MultilingualEntitiesTest {

    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<ExtractedEntity> extract(String language, String body) {
        return extractor.extract(analyzer.analyze("", body), LanguageProfile.of(language));
    }

    private static Optional<ExtractedEntity> withId(List<ExtractedEntity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Test
    void shouldKeepAPlaceInsideAnInstitutionsNameWhereNoDictionaryListsTheHead() {
        List<ExtractedEntity> entities = extract("fr", "Le gouverneur de la Banque de France a parlé lundi à Lyon.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "banque-de-france").orElseThrow().type());
        assertTrue(withId(entities, "france").isEmpty(), entities.toString());
    }

    @Test
    void shouldTakeACapitalisedTitleOffTheSurnameItOpens() {
        List<ExtractedEntity> entities = extract("it", "Ieri il Presidente Mattarella ha ricevuto al Quirinale una delegazione di sindaci.");
        ExtractedEntity person = withId(entities, "mattarella").orElseThrow();
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(List.of("Presidente"), person.titles());
    }

    @Test
    void shouldKnowAPolishTitleInAnyOfItsCases() {
        List<ExtractedEntity> entities = extract("pl", "Wiadomość potwierdził w środę rzecznik Papieża Franciszka w Watykanie.");
        ExtractedEntity person = entities.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(List.of("Papieża"), person.titles(), entities.toString());
        assertFalse(person.id().startsWith("papie"), person.id());
    }

    @Test
    void shouldLeaveATitleInsideAnInstitutionsNameToTheInstitution() {
        List<ExtractedEntity> entities = extract("es", "El concierto lo organizó ayer la Escuela Reina Sofía en Madrid.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Sofía")), entities.toString());
    }

    @Test
    void shouldReadACityThatIsAGivenNameAfterATitleAsThePerson() {
        List<ExtractedEntity> entities = extract("en", "On Monday Queen Sofia opened the new wing of the hospital in Madrid.");
        assertEquals(EntityType.PERSON, withId(entities, "sofia").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldTypeAValleyNamedAfterItsAbbreviatedNounAsAPlace() {
        List<ExtractedEntity> entities = extract("it", "Due incendi sono divampati ieri in Val Camonica, vicino a Brescia.");
        assertEquals(EntityType.LOCATION, withId(entities, "val-camonica").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldKnowAPartyUnderTheNameItsOwnPressUses() {
        List<ExtractedEntity> entities = extract("ru", "Депутаты от Единой России проголосовали в Москве за закон.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "united-russia").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldTakeAStormNamedAfterATownForTheStorm() {
        List<ExtractedEntity> entities = extract("it", "L'uragano Sandy ha colpito il New Jersey. Dopo Sandy, milioni di persone sono senza corrente.");
        ExtractedEntity storm = withId(entities, "sandy").orElseThrow();
        assertEquals(EntityType.MISC, storm.type());
        assertEquals(2, storm.mentions());
    }

    @Test
    void shouldKnowANewspaperQuotedAsASource() {
        List<ExtractedEntity> entities = extract("nl", "Dat zei de directeur van de Spoorwegen zaterdag in De Morgen.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "de-morgen").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldReadAKnownNameOpeningASentenceWithItsArticle() {
        List<ExtractedEntity> entities = extract("es", "Los Angeles registró ayer la temperatura más alta del año.");
        assertEquals(EntityType.LOCATION, withId(entities, "los-angeles").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldPreferTheLongerKnownNameAfterTheArticleOpeningASentence() {
        List<ExtractedEntity> entities = extract("es", "La Unión Europea aprobó ayer el acuerdo en Bruselas.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "european-union").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldTypeTheMinistryRightAfterATitlesOfAsAnOrganisation() {
        List<ExtractedEntity> entities = extract("nl", "Minister van Buitenlandse Zaken Caspar Veldkamp reist dinsdag naar Brussel.");
        assertEquals(EntityType.ORGANIZATION, entities.stream().filter(e -> e.name().equals("Buitenlandse Zaken")).findFirst().orElseThrow().type());
        assertEquals(EntityType.PERSON, withId(entities, "caspar-veldkamp").orElseThrow().type());
    }

    @Test
    void shouldTypeANameAfterAPluralOrganisationNounAsAnOrganisation() {
        List<ExtractedEntity> entities = extract("es", "Ayer los sindicatos Comisiones Obreras y UGT criticaron la reforma en Madrid.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "comisiones-obreras").orElseThrow().type());
    }

    @Test
    void shouldTypeTheSeatOfAGovernmentThatSpeaksAsTheInstitution() {
        List<ExtractedEntity> entities = extract("fr", "Le plan sera présenté mardi, a annoncé Matignon dans un communiqué.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "matignon").orElseThrow().type());
    }

    @Test
    void shouldTakeThePortfolioAfterATitleApartFromThePersonAfterIt() {
        List<ExtractedEntity> entities = extract("nl", "Dat zei minister van Cultuur Bert Anciaux dinsdag in Brussel.");
        assertEquals(EntityType.PERSON, withId(entities, "bert-anciaux").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, withId(entities, "cultuur").orElseThrow().type());
    }

    @Test
    void shouldReadANameThatGoesOnAfterAnElidedDe() {
        ExtractedEntity country = withId(extract("fr", "Le président de la Côte d'Ivoire est arrivé lundi à Paris."), "ivory-coast")
                .orElseThrow();
        assertEquals(List.of("Côte d'Ivoire"), country.surfaceForms());
    }

    @Test
    void shouldNameAnUnknownNameWithAnElidedDeAsWritten() {
        List<ExtractedEntity> entities = extract("it", "Il governatore della Banca d'Italia ha parlato lunedì a Roma.");
        assertEquals("Banca d'Italia", withId(entities, "banca-d-italia").orElseThrow().name());
    }

    @Test
    void shouldReadANameWithASpacedElidedDeAsTheUnspacedName() {
        List<ExtractedEntity> entities = extract("it", "Il governatore della Banca d' Italia ha parlato lunedì a Roma.");
        assertEquals(List.of("Banca d'Italia"), withId(entities, "banca-d-italia").orElseThrow().surfaceForms());
    }

    @Test
    void shouldReadANameRunningOverAnInitialWrittenAgainstTheNextWord() {
        List<ExtractedEntity> entities = extract("pt", "Segundo a Folha de S.Paulo, os dois presidentes discutiram a crise.");
        assertTrue(withId(entities, "folha-de-s-paulo").isPresent(), entities.toString());
    }

    @Test
    void shouldTakeACaseEndingOffAnUnknownSurnameAsOffItsGivenName() {
        List<ExtractedEntity> entities = extract("pl", "Premier rozmawiał w poniedziałek z Emmanuelem Macronem w Paryżu.");
        assertEquals(EntityType.PERSON, withId(entities, "emmanuel-macron").orElseThrow().type());
    }

    @Test
    void shouldTakeOneForeignNameInTwoCasesForOnePerson() {
        List<ExtractedEntity> entities = extract("ru", "Си Цзиньпин прибыл в Москву. Вечером президент встретился с Си Цзиньпином в Кремле.");
        assertEquals(List.of("Си Цзиньпин", "Си Цзиньпином"), withId(entities, "si-tszinpin").orElseThrow().surfaceForms());
    }

    @Test
    void shouldJoinASurnameAloneToThePersonWhoseSurnameInAnotherCaseHasItsStem() {
        List<ExtractedEntity> entities = extract("pl", "Wizyta Donalda Tuska w Paryżu trwała dwa dni. W piątek Tusk wrócił do Warszawy.");
        assertEquals(EntityType.PERSON, withId(entities, "donald-tusk").orElseThrow().type());
        assertTrue(withId(entities, "tusk").isEmpty(), entities.toString());
    }

    @Test
    void shouldEndAPersonsFullNameBeforeAnElidedDe() {
        List<ExtractedEntity> entities = extract("it", "Lo ha detto ieri il critico Zack Handlen dell'Ansa in una nota.");
        assertEquals(List.of("Zack Handlen"), withId(entities, "zack-handlen").orElseThrow().surfaceForms());
    }

    @Test
    void shouldFindACountryOpeningASentenceAfterItsElidedArticle() {
        List<ExtractedEntity> entities = extract("it", "L'Italia ha battuto la Francia per due a uno.");
        assertTrue(withId(entities, "italy").isPresent(), entities.toString());
    }

    @Test
    void shouldKnowAnArmedGroupByItsSpellingInTheLanguage() {
        List<ExtractedEntity> entities = extract("it", "Il nuovo leader di Al Qaeda ha minacciato l'Europa, secondo gli analisti.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "al-qaeda").orElseThrow().type());
    }

    @Test
    void shouldTakeACountrysAcronymBeforeAPersonForTwoNames() {
        List<ExtractedEntity> entities = extract("pl", "Prezydent USA Donald Trump powiedział we wtorek, że nie chce wojny.");
        assertTrue(withId(entities, "donald-trump").isPresent(), entities.toString());
        assertTrue(withId(entities, "united-states").isPresent(), entities.toString());
    }

    @Test
    void shouldNotTakeAPeoplesWordThatIsAlsoASurnameForAPerson() {
        List<ExtractedEntity> entities = extract("nl", "De Fransen lieten weten dat drie Franse maatschappijen in beroep gaan.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), entities.toString());
    }

    @Test
    void shouldNotTakeARomanNumeralAloneForAName() {
        List<ExtractedEntity> entities = extract("es", "La catedral, construida en el siglo XVIII, abrió sus puertas al público.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("XVIII")), entities.toString());
    }

    @Test
    void shouldNotTakeACitysAdjectiveForTheCity() {
        List<ExtractedEntity> entities = extract("nl", "Een portret van de Brusselse commissaris en zijn ploeg.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.LOCATION), entities.toString());
    }

    @Test
    void shouldTakeANameAfterAFirmsManagerAndOfForTheFirm() {
        List<ExtractedEntity> entities = extract("nl", "Dat zegt Jan Peeters, de stichter en zaakvoerder van Valdelux. Valdelux groeit snel.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "valdelux").orElseThrow().type());
    }

    @Test
    void shouldTakeANameWithAnAppositiveNounForAFirmForTheFirm() {
        List<ExtractedEntity> entities = extract("es", "Ayer presentó Valdevisa, la mayor cadena de televisión del país, sus resultados.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "valdevisa").orElseThrow().type());
    }

    @Test
    void shouldTakeANameAfterACompoundTitleForAPersonInDutch() {
        List<ExtractedEntity> entities = extract("nl", "Het tribunaal zoekt nog altijd de Bosnisch-Servische ex-legerleider Valdemic.");
        assertEquals(EntityType.PERSON, withId(entities, "valdemic").orElseThrow().type());
    }

    @Test
    void shouldTakeANameHeadedByANounForABuildingForAPlace() {
        List<ExtractedEntity> entities = extract("es", "Los ministros se reunieron ayer en el Palacio de Valdeluna para firmar el acuerdo.");
        assertEquals(EntityType.LOCATION, withId(entities, "palacio-de-valdeluna").orElseThrow().type());
    }

    @Test
    void shouldTakeAPlaceAfterAClubsAbbreviationForTheClub() {
        List<ExtractedEntity> entities = extract("es", "El entrenador del FC. Valdeluna dijo que el equipo jugará el domingo en Sevilla.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "fc-valdeluna").orElseThrow().type());
    }

    @Test
    void shouldKeepAClubsCityAsTheClubNotAMentionOfTheCity() {
        List<ExtractedEntity> entities = extract("es", "El FC Barcelona ganó ayer por dos goles a uno.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "fc-barcelona").orElseThrow().type());
        assertTrue(withId(entities, "barcelona").isEmpty());
    }

    @Test
    void shouldTypeAnInternationalNameByWhatOtherLanguagesDictionariesList() {
        List<ExtractedEntity> entities = extract("it", "Secondo il giornale, Google non rispetta le leggi. Nelle ultime ore Barack Obama ha parlato.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "google").orElseThrow().type());
        assertEquals(EntityType.PERSON, withId(entities, "barack-obama").orElseThrow().type());
    }

    @Test
    void shouldLetOtherLanguagesDictionariesDecideANameItsOwnListsAsSeveralKinds() {
        // The Dutch dictionary lists Johnson as a place and a surname; the Spanish one as a surname.
        List<ExtractedEntity> entities = extract("nl", "Het bezoek van Johnson aan de haven duurde twee dagen.");
        assertEquals(EntityType.PERSON, withId(entities, "johnson").orElseThrow().type());
    }

    @Test
    void shouldNotJoinAnItalianSentencesOpeningWordToTheNameAfterIt() {
        // "Secondo" is a given name too, but "secondo" is the preposition that opens the sentence.
        List<ExtractedEntity> entities = extract("it", "Secondo Zanfrelli, il governo non cadrà.");
        assertTrue(withId(entities, "secondo-zanfrelli").isEmpty());
        assertTrue(withId(entities, "zanfrelli").isPresent());
    }

    @Test
    void shouldLinkACountryNamedInGermanToItsOneId() {
        List<ExtractedEntity> entities = extract("de", "Die Regierung in Berlin will die Zusammenarbeit mit Frankreich ausbauen. "
                + "Deutschland und Frankreich einigten sich am Montag.");
        assertEquals(EntityType.LOCATION, withId(entities, "germany").orElseThrow().type());
        assertEquals(2, withId(entities, "france").orElseThrow().mentions());
    }

    @Test
    void shouldFindACountryAfterAFrenchElidedArticle() {
        List<ExtractedEntity> entities = extract("fr", "Le ministre a remercié l'Allemagne pour son soutien jeudi.");
        assertEquals(EntityType.LOCATION, withId(entities, "germany").orElseThrow().type());
    }

    @Test
    void shouldTakeTheCanonicalSpellingOfATransliteratedGivenNameForAFirstName() {
        assertEquals(Boolean.TRUE, Gazetteer.get().firstName("Volodymyr"));
    }

    @Test
    void shouldTakeAOneWordAliasInAnotherScriptInThatLanguage() {
        List<ExtractedEntity> entities = extract("ru", "Пресс-секретарь Кремля сообщил, что переговоры продолжатся.");
        assertTrue(withId(entities, "kremlin").isPresent(), entities.toString());
    }

    @Test
    void shouldFindACityWrittenWithOtherAccentsThanTheGazetteers() {
        List<ExtractedEntity> entities = extract("es", "El alcalde viajó de Sao Paulo a Río de Janeiro el lunes.");
        assertEquals(EntityType.LOCATION, withId(entities, "sao-paulo").orElseThrow().type(), entities.toString());
        assertEquals(EntityType.LOCATION, withId(entities, "rio-de-janeiro").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldFindACountryNameOfTheLanguageWrittenWithoutItsAccent() {
        List<ExtractedEntity> entities = extract("fr", "Des experts venus d'Algérie et d'Egypte ont été formés lundi.");
        assertEquals(EntityType.LOCATION, withId(entities, "egypt").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldLinkACitysExonymInAnotherLanguageToTheCity() {
        List<ExtractedEntity> entities = extract("fr", "Les experts ont visité Anvers et Hanovre la semaine dernière.");
        assertEquals("antwerpen", withId(entities, "antwerpen").orElseThrow().id(), entities.toString());
        assertEquals(EntityType.LOCATION, withId(entities, "hannover").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldKeepAKnownNameWhoseFirstWordIsAnOrdinaryWordOpeningTheSentence() {
        List<ExtractedEntity> entities = extract("es", "El mercado abrió con subidas. Nueva York cerró la sesión con pérdidas.");
        assertEquals("Nueva York", withId(entities, "new-york").orElseThrow().surfaceForms().get(0), entities.toString());
    }

    @Test
    void shouldLinkACitysOwnNameToTheCityInAnyLanguage() {
        List<ExtractedEntity> entities = extract("it", "Il sindaco di Milano ha incontrato ieri i rappresentanti dei comitati.");
        assertEquals(EntityType.LOCATION, withId(entities, "milan").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldFindAnInflectedRussianPlaceNameByItsStem() {
        List<ExtractedEntity> entities = extract("ru", "Делегация прибыла в Москву из Германии. Переговоры в России продолжатся.");
        assertTrue(withId(entities, "germany").isPresent(), entities.toString());
        assertTrue(withId(entities, "russia").isPresent(), entities.toString());
        assertTrue(withId(entities, "moscow").isPresent(), entities.toString());
    }

    @Test
    void shouldNotTakeGermanNounsForNames() {
        List<ExtractedEntity> entities = extract("de", "Nach dem Krieg kehrten viele Menschen zurück. Die Anzahl der Rückkehrer "
                + "stieg in drei Jahren deutlich, sagte ein Sprecher der Verwaltung.");
        assertEquals(List.of(), entities.stream().map(ExtractedEntity::name).toList());
    }

    @Test
    void shouldNotStartANameWithAStopwordOpeningASentence() {
        List<ExtractedEntity> entities = extract("ru", "В Москве прошла встреча. По словам министра, встреча была важной. Это решение принято.");
        assertFalse(entities.stream().anyMatch(e -> e.name().startsWith("В") || e.name().startsWith("По") || e.name().startsWith("Это")),
                entities.toString());
    }

    @Test
    void shouldTypeANameFollowedByAReportingVerbAsAPerson() {
        List<ExtractedEntity> entities = extract("es", "El ministro habló con la prensa. Según la agencia, Marisol Quevedo dijo que "
                + "el acuerdo llegará pronto.");
        assertEquals(EntityType.PERSON, withId(entities, "marisol-quevedo").orElseThrow().type());
    }

    @Test
    void shouldTypeALoneNameAfterAPrepositionOfPlaceAsAPlace() {
        List<ExtractedEntity> entities = extract("nl", "De brandweer rukte gisteren uit in Rooselare, waar een loods in brand stond.");
        assertEquals(EntityType.LOCATION, withId(entities, "rooselare").orElseThrow().type());
    }

    @Test
    void shouldNotTypeACompanyInAnotherScriptAsAPlace() {
        List<ExtractedEntity> entities = extract("ru", "Компания объявила о новых правилах в Facebook на прошлой неделе.");
        assertFalse(entities.stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.id().equals("facebook")), entities.toString());
    }

    @Test
    void shouldTypeANameAfterALowerCaseTitleAsAPerson() {
        List<ExtractedEntity> entities = extract("es", "La reunión terminó tarde. El presidente Quevedo Lindqvist recibió a los sindicatos.");
        assertEquals(EntityType.PERSON, withId(entities, "quevedo-lindqvist").orElseThrow().type());
    }

    @Test
    void shouldTypeARussianNameWithASurnameEndingAsAPerson() {
        List<ExtractedEntity> entities = extract("ru", "Встреча прошла в мэрии. Позже Сергей Воронцов ответил на вопросы журналистов.");
        assertEquals(EntityType.PERSON, entities.stream().filter(e -> e.name().endsWith("Воронцов")).findFirst().orElseThrow().type());
    }

    @Test
    void shouldTransliterateIdsOfNamesInOtherScripts() {
        assertEquals("putin", EntityIds.of("Путин"));
        assertEquals("russia", EntityIds.of("Russia"));
    }

    @Test
    void shouldWriteLettersNoDecompositionReachesInAsciiInIds() {
        assertEquals("wladimir-putin", EntityIds.of("Władimir Putin"));
        assertEquals("weisses-haus", EntityIds.of("Weißes Haus"));
        assertEquals("lars-lokke-rasmussen", EntityIds.of("Lars Løkke Rasmussen"));
    }

    @Test
    void shouldGiveARussianNameTheIdOfItsEnglishSpelling() {
        assertEquals(EntityIds.of("Dmitry Peskov"), EntityIds.of("Дмитрий Песков"));
    }

    @Test
    void shouldKnowTheCountryOfAnAbbreviationWrittenWithoutItsDots() {
        List<ExtractedEntity> entities = extract("es", "El presidente viajará a EEUU la próxima semana para reunirse con inversores.");
        assertEquals(EntityType.LOCATION, withId(entities, "united-states").orElseThrow().type());
    }

    @Test
    void shouldTypeAnUnknownSpanishNameByTheLanguagesDictionary() {
        List<ExtractedEntity> entities = extract("es", "La reunión terminó tarde. Después llegó Perdomo con varios asesores.");
        assertEquals(EntityType.PERSON, withId(entities, "perdomo").orElseThrow().type());
    }

    @Test
    void shouldReadACapitalisedSpanishCommonNounAfterAnArticleAsAnInstitution() {
        List<ExtractedEntity> entities = extract("es", "Los sindicatos negociaron toda la noche. Mañana el Ejecutivo aprobará la reforma.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "ejecutivo").orElseThrow().type());
    }

    @Test
    void shouldNotReadADutchDemonymAfterAnArticleAsAnInstitution() {
        List<ExtractedEntity> entities = extract("nl", "De regering overlegt met de Amerikaanse delegatie over de handel.");
        assertFalse(entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), entities.toString());
    }

    @Test
    void shouldNotTakeADutchPeoplesNounForAName() {
        List<ExtractedEntity> entities = extract("nl", "Interessant is hoe de Amerikanen denken over de nieuwe handelsregels.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Amerikanen") && e.type() != EntityType.NORP), entities.toString());
    }

    @Test
    void shouldTakeTheInstitutionOfAnOfficeForAnOrganisationWithoutTheOffice() {
        List<ExtractedEntity> entities = extract("it", "Il testo è stato firmato ieri dal Presidente della Repubblica a Roma.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "repubblica").orElseThrow().type(), entities.toString());
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("Presidente")), entities.toString());
    }

    @Test
    void shouldKnowACityByTheNameItsOwnLanguageGivesIt() {
        List<ExtractedEntity> entities = extract("it", "Il sindaco ha parlato ieri a Venezia davanti al consiglio.");
        assertTrue(withId(entities, "venice").isPresent(), entities.toString());
    }

    @Test
    void shouldNotTakeATitleAloneForAName() {
        List<ExtractedEntity> entities = extract("fr", "Selon le Président, les relations entre les deux pays se développent.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Président")), entities.toString());
    }

    @Test
    void shouldTakeAGivenNameAloneForThePersonTheArticleNamesByItInFull() {
        List<ExtractedEntity> entities = extract("it", "Carlo Verdaschi ha vinto la gara. Dopo l'arrivo Carlo ha ringraziato la squadra.");
        ExtractedEntity person = withId(entities, "carlo-verdaschi").orElseThrow();
        assertEquals(2, person.mentions(), entities.toString());
    }

    @Test
    void shouldTakeAPartyAbbreviatedWithLowerCaseParticlesForAnOrganisation() {
        List<ExtractedEntity> entities = extract("it", "Il voto del PdL e di FdI ha deciso la seduta di ieri.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "pdl").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, withId(entities, "fdi").orElseThrow().type());
    }

    @Test
    void shouldReadAFrenchPeoplesNounAsItsCountrysPeople() {
        List<ExtractedEntity> entities = extract("fr", "Les Marocaines ont voté dimanche à Rabat.");
        ExtractedEntity people = withId(entities, "marocaines").orElseThrow();
        assertEquals(EntityType.NORP, people.type());
        assertEquals("morocco", people.refersTo());
    }

    @Test
    void shouldLeaveAFrenchDemonymToFrenchText() {
        List<ExtractedEntity> entities = extract("en", "The Philippine government met on Tuesday in Manila.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.NORP && e.name().equals("Philippine")), entities.toString());
    }

    @Test
    void shouldLinkTheNameThePressGivesACountryBesideItsFormalOne() {
        List<ExtractedEntity> entities = extract("de", "Die Regierung in Großbritannien hat am Montag neue Regeln beschlossen.");
        assertTrue(withId(entities, "united-kingdom").isPresent(), entities.toString());
    }

    @Test
    void shouldNotTakeAHolidayForTheIslandATimeZoneIsNamedAfter() {
        List<ExtractedEntity> entities = extract("es", "Las compras de Navidad llenaron el mercado de Valdoria el martes.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.LOCATION && e.name().equals("Christmas")), entities.toString());
    }

    @Test
    void shouldNotTakeANameAfterADutchArticleForAPerson() {
        List<ExtractedEntity> entities = extract("nl", "Een woordvoerder van de Zwartmeer zegt dat de uitzending doorgaat.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "zwartmeer").orElseThrow().type());
    }

    @Test
    void shouldStillTakeANameAfterAnItalianArticleForAPerson() {
        List<ExtractedEntity> entities = extract("it", "Secondo la Bertolazzi il piano non basta, ha detto ieri Marco Rossi.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Bertolazzi") && e.type() == EntityType.ORGANIZATION), entities.toString());
    }

    @Test
    void shouldStartANameWithAnArticleWrittenWithACapitalInsideASentence() {
        List<ExtractedEntity> entities = extract("nl", "Volgens een bericht in De Telegraaf stijgen de prijzen verder.");
        assertTrue(entities.stream().anyMatch(e -> e.name().equals("De Telegraaf")), entities.toString());
    }

    @Test
    void shouldTypeANameAfterACompoundNounForAnOrganisationAsOne() {
        List<ExtractedEntity> entities = extract("nl", "Het Gentse softwarebedrijf Kwadrantix opent een kantoor.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "kwadrantix").orElseThrow().type());
    }

    @Test
    void shouldFindAnInflectedPolishPlaceNameByItsLemma() {
        List<ExtractedEntity> entities = extract("pl", "Rozmowy z Iranem utknęły. Delegacja wróciła wczoraj z Bagdadu do Warszawy.");
        assertTrue(withId(entities, "iran").isPresent(), entities.toString());
        assertTrue(withId(entities, "baghdad").isPresent(), entities.toString());
    }

    @Test
    void shouldFindAPlaceNameOfSeveralWordsInAnObliqueCase() {
        List<ExtractedEntity> polish = extract("pl", "Ambasada Stanów Zjednoczonych w Bagdadzie została zaatakowana w nocy.");
        assertTrue(withId(polish, "united-states").isPresent(), polish.toString());
        List<ExtractedEntity> russian = extract("ru", "Посольство Соединённых Штатов в Багдаде атаковали ночью.");
        assertTrue(withId(russian, "united-states").isPresent(), russian.toString());
    }

    @Test
    void shouldGiveAnInflectedPolishNameItsBaseForm() {
        List<ExtractedEntity> entities = extract("pl", "Spotkanie odbyło się w piątek. Premier spotkał się z Donaldem Tuskiem w stolicy.");
        assertTrue(withId(entities, "donald-tusk").isPresent(), entities.toString());
    }

    @Test
    void shouldReadANounForAnOrganisationAcrossTheAdjectiveAfterIt() {
        List<ExtractedEntity> entities = extract("es", "Los mercados subieron. La empresa española Kelvora vendió tres millones de líneas.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "kelvora").orElseThrow().type());
    }

    @Test
    void shouldRunANameThroughAContractedArticle() {
        List<ExtractedEntity> entities = extract("it", "Ieri il Ministero degli Esteri di Valdeluna ha convocato gli ambasciatori.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "ministero-degli-esteri-di-valdeluna").orElseThrow().type());
    }

    @Test
    void shouldTakeWhatAMinisterIsMinisterOfForTheMinistry() {
        List<ExtractedEntity> entities = extract("nl", "Het plan werd gisteren besproken met de minister van Binnenlandse Zaken in Brussel.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "binnenlandse-zaken").orElseThrow().type());
    }

    @Test
    void shouldNeverTakeAMinistersPortfolioForTheSpeaker() {
        List<ExtractedEntity> spanish = extract("es", "El ministro de Defensa dijo ayer en Madrid que el plan sigue adelante.");
        List<ExtractedEntity> french = extract("fr", "Le ministre de l'Intérieur a déclaré mardi à Lyon que la situation était calme.");
        // Named once, the portfolio is no entity at all (an ordinary word: OrdinaryWordNames); never a person.
        assertTrue(withId(spanish, "defensa").stream().noneMatch(e -> e.type() == EntityType.PERSON), spanish.toString());
        assertTrue(withId(french, "interieur").stream().noneMatch(e -> e.type() == EntityType.PERSON), french.toString());
    }

    @Test
    void shouldNameAMinistryWrittenInLowerCaseFromItsNoun() {
        List<ExtractedEntity> entities = extract("fr", "Le ministère des Affaires étrangères a convoqué l'ambassadeur mardi à Paris.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "ministere-des-affaires-etrangeres").orElseThrow().type());
        assertTrue(withId(entities, "affaires").isEmpty(), entities.toString());
    }

    @Test
    void shouldReadAPlaceNounOfAKnownPlaceAsOnePlace() {
        List<ExtractedEntity> entities = extract("it", "La barca si è ribaltata ieri sul Lago di Ginevra, vicino alla riva.");
        assertEquals(EntityType.LOCATION, withId(entities, "lago-di-ginevra").orElseThrow().type());
        assertTrue(withId(entities, "geneva").isEmpty(), entities.toString());
    }

    @Test
    void shouldKeepTheStreetNamedAfterAPersonAsAPlace() {
        List<ExtractedEntity> entities = extract("it", "Il negozio si trova in Via Giuseppe Verdi, a due passi dal centro.");
        assertEquals(EntityType.LOCATION, withId(entities, "via-giuseppe-verdi").orElseThrow().type());
        assertTrue(withId(entities, "giuseppe-verdi").isEmpty(), entities.toString());
    }

    @Test
    void shouldLinkTheMiddleEastInEachLanguageToOneRegion() {
        assertTrue(withId(extract("fr", "La tension monte au Moyen-Orient depuis mardi, selon les diplomates."), "middle-east").isPresent());
        assertTrue(withId(extract("nl", "De spanningen in het Midden-Oosten nemen sinds dinsdag toe."), "middle-east").isPresent());
    }

    @Test
    void shouldReadAOneWordRegionNameInTheLanguageThatWritesIt() {
        assertTrue(withId(extract("de", "Die Armee setzte im Gazastreifen ihre Offensive fort."), "gaza-strip").isPresent());
        assertTrue(withId(extract("de", "Im Kaukasus blieb es am Montag ruhig."), "caucasia").isPresent());
    }

    @Test
    void shouldLinkTheRedCrossInEachLanguageToOneOrganisation() {
        Optional<ExtractedEntity> french = withId(extract("fr", "Les bénévoles de la Croix-Rouge ont accueilli les familles mardi."), "red-cross");
        Optional<ExtractedEntity> spanish = withId(extract("es", "Los voluntarios de la Cruz Roja atendieron a las familias el martes."), "red-cross");
        assertEquals(EntityType.ORGANIZATION, french.orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, spanish.orElseThrow().type());
    }

    @Test
    void shouldLinkAStatesNameInEachLanguageToTheState() {
        assertTrue(withId(extract("de", "In Thüringen wählte der Landtag am Mittwoch einen neuen Ministerpräsidenten."), "thuringia").isPresent());
        assertTrue(withId(extract("fr", "Le parlement de Bavière a élu mercredi un nouveau ministre-président."), "bavaria").isPresent());
        assertTrue(withId(extract("ru", "В Тюрингии в среду избрали нового премьер-министра."), "thuringia").isPresent());
    }

    @Test
    void shouldKeepAPersonTheRulesFoundByAGivenNameWhereTheTaggerSplitsIt() {
        List<ExtractedEntity> entities = extract("de", "US-Präsident Joe Biden hat am Montag gesprochen. Die Regierung in Berlin wartet ab.");
        assertEquals(EntityType.PERSON, withId(entities, "joe-biden").orElseThrow().type());
    }

    @Test
    void shouldNotTakeAPersonFollowedByAPartySharingItsFirstLetterForAnOrganisation() {
        List<ExtractedEntity> entities = extract("fr", "Le bourgmestre de la ville, Philippe Close (PS), a annoncé la fermeture du tunnel.");
        assertEquals(EntityType.PERSON, withId(entities, "philippe-close").orElseThrow().type());
    }

    @Test
    void shouldTakeANameAbbreviatedByItsCompoundsPartsForAnOrganisation() {
        List<ExtractedEntity> entities = extract("nl", "Volgens de Inlichtingendienst Buitenland (IDB) is er geen gevaar.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "inlichtingendienst-buitenland").orElseThrow().type());
    }

    @Test
    void shouldReadAnAcronymWrittenWithOneCapitalAsTheOrganisation() {
        List<ExtractedEntity> french = extract("fr", "Le directeur de l'Organisation mondiale de la santé (Oms) a appelé l'Afrique à se préparer.");
        assertEquals(EntityType.ORGANIZATION, withId(french, "world-health-organization").orElseThrow().type());
        List<ExtractedEntity> italian = extract("it", "Il segretario generale dell'Onu ha chiesto una tregua.");
        assertTrue(withId(italian, "united-nations").isPresent(), italian.toString());
    }

    @Test
    void shouldNotReadAnArticleBeforeAnOrdinaryWordAsAGivenName() {
        List<ExtractedEntity> entities = extract("fr", "La France a accueilli en janvier Les Saisons russes, un festival de culture.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), entities.toString());
    }

    @Test
    void shouldTakeAnUnknownNameWhereSharesAreSpokenOfForAFirm() {
        List<ExtractedEntity> entities = extract("nl", "Het aandeel Vastrion won gisteren vier procent.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "vastrion").orElseThrow().type());
    }

    @Test
    void shouldTakeANameHeadedByAnItalianLeagueOrChamberForAnOrganisation() {
        List<ExtractedEntity> entities = extract("it", "Il segretario della Lega Nord ha parlato ieri a Milano davanti ai militanti.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "lega-nord").orElseThrow().type());
    }

    @Test
    void shouldTakeTwoNamesJoinedByYForTwo() {
        List<ExtractedEntity> entities = extract("es", "Los goles del partido fueron obra de Vennstrom y Quillbarth en la segunda parte.");
        assertTrue(withId(entities, "vennstrom-y-quillbarth").isEmpty(), entities.toString());
    }

    @Test
    void shouldKnowLatinAmericaByItsNameInTheArticlesLanguage() {
        List<ExtractedEntity> entities = extract("es", "La inversión extranjera en América Latina creció un 10 por ciento el año pasado.");
        assertEquals(EntityType.LOCATION, withId(entities, "latin-america").orElseThrow().type());
    }

    @Test
    void shouldRunANameThroughPor() {
        List<ExtractedEntity> entities = extract("es", "Los diputados de la Alianza por el Cambio votaron ayer en contra del presupuesto.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "alianza-por-el-cambio").orElseThrow().type());
    }

    @Test
    void shouldTakeALocalTownForAPlace() {
        List<ExtractedEntity> entities = extract("it", "Il sindaco di Avezzano ha chiuso le scuole dopo il terremoto.");
        assertEquals(EntityType.LOCATION, withId(entities, "avezzano").orElseThrow().type());
    }

    @Test
    void shouldKeepATownAfterAGivenNameAndAParticleInThePersonsName() {
        List<ExtractedEntity> entities = extract("it", "La mostra espone i disegni di Leonardo da Vinci fino a marzo.");
        assertEquals(EntityType.PERSON, withId(entities, "leonardo-da-vinci").orElseThrow().type());
    }

    @Test
    void shouldTakeATownAfterAClubsArticleForTheClub() {
        List<ExtractedEntity> entities = extract("es", "El Valencia ganó por dos a cero al Leganés en el último minuto.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "leganes").orElseThrow().type());
    }

    @Test
    void shouldTakeAGivenNameOnlyTheLanguagesDictionaryListsForAPersonsName() {
        List<ExtractedEntity> entities = extract("es", "El libro de Isaías Valdecasa se publica en marzo en Madrid.");
        assertEquals(EntityType.PERSON, withId(entities, "isaias-valdecasa").orElseThrow().type());
    }

    @Test
    void shouldTakeAClubsWordBeforeAPlaceForTheClub() {
        List<ExtractedEntity> entities = extract("es", "Los jugadores del Real Zaragoza entrenaron ayer sin su capitán.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "real-zaragoza").orElseThrow().type());
    }

    @Test
    void shouldNotTakeAClubsWordBeforeAnOrdinaryWordForAClub() {
        List<ExtractedEntity> entities = extract("es", "El Gobierno aprobó ayer el Real Decreto sobre las pensiones.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().startsWith("Real")), entities::toString);
    }

    @Test
    void shouldReadAFrenchAbbreviatedTitleBeforeASurnameOpeningASentence() {
        List<ExtractedEntity> entities = extract("fr", "M. Dupont, maire de la commune, a protesté mardi devant la préfecture.");
        ExtractedEntity person = withId(entities, "dupont").orElseThrow();
        assertEquals(EntityType.PERSON, person.type(), entities.toString());
        assertEquals(List.of("M"), person.titles());
    }

    @Test
    void shouldJoinASurnameAfterAnAbbreviatedTitleToThePersonNamedInFull() {
        List<ExtractedEntity> entities = extract("fr", "Selon Kate Fitzsimons, analyste chez RBC, le titre est cher. "
                + "Mme Fitzsimons a ajouté que la demande restait forte.");
        assertTrue(withId(entities, "fitzsimons").isEmpty(), entities.toString());
        assertEquals(List.of("Kate Fitzsimons", "Fitzsimons"), withId(entities, "kate-fitzsimons").orElseThrow().surfaceForms());
    }

    @Test
    void shouldNotEndASentenceAfterAnItalianAbbreviatedTitle() {
        List<ExtractedEntity> entities = extract("it", "Il Sig. Bianchi ha risposto martedì alle domande dei giornalisti.");
        assertEquals(EntityType.PERSON, withId(entities, "bianchi").orElseThrow().type(), entities.toString());
    }

    @Test
    void shouldTellTheOfficeHolderFromTheInstitutionAfterTheOffice() {
        List<ExtractedEntity> entities = extract("fr", "Selon le PDG de Stellantis Carlos Tavares, le marché recule en Europe.");
        assertEquals(EntityType.ORGANIZATION, withId(entities, "stellantis").orElseThrow().type(), entities.toString());
        assertEquals(EntityType.PERSON, withId(entities, "carlos-tavares").orElseThrow().type());
    }

    @Test
    void shouldTakeTheWordBeforeAHeadlinesColonForAName() {
        List<ExtractedEntity> entities = extract("it", "Tamborrini: voto anticipato, aperto a discussione. La seduta riprende domani.");
        assertTrue(withId(entities, "tamborrini").isPresent(), entities.toString());
    }

    @Test
    void shouldNotTakeAnOrdinaryWordBeforeAColonForAName() {
        List<ExtractedEntity> entities = extract("it", "Attenzione: voto anticipato, aperto a discussione. La seduta riprende domani.");
        assertTrue(withId(entities, "attenzione").isEmpty(), entities.toString());
    }

    @Test
    void shouldEndANameBeforeItalianAlAndAnOrdinaryWord() {
        List<ExtractedEntity> entities = extract("it", "Ieri Tamborrini al Senato ha chiesto il voto anticipato sulla legge di bilancio.");
        assertTrue(entities.stream().noneMatch(e -> e.name().contains(" al ")), entities.toString());
    }

    @Test
    void shouldGoOnWithTheAdjectiveAfterAnInstitutionsNoun() {
        List<ExtractedEntity> entities = extract("it", "La decisione della Corte suprema ribalta la sentenza del tribunale di primo grado.");
        assertEquals(EntityType.ORGANIZATION, entities.stream().filter(e -> e.name().equals("Corte suprema")).findFirst()
                .orElseThrow(() -> new AssertionError(entities.toString())).type());
    }

    @Test
    void shouldGoOnWithTheAdjectiveAfterAnInstitutionsNounThatEndsATitlesRun() {
        List<ExtractedEntity> entities = extract("it", "Erano presenti il Presidente della Corte costituzionale Franco Bile e due ministri.");
        assertEquals(EntityType.ORGANIZATION, entities.stream().filter(e -> e.name().equals("Corte costituzionale")).findFirst()
                .orElseThrow(() -> new AssertionError(entities.toString())).type());
    }

    @Test
    void shouldNotTakeAPeoplesWordAfterAnInstitutionsNounIntoItsName() {
        List<ExtractedEntity> entities = extract("es", "Ayer el Gobierno británico anunció una serie de medidas contra la inflación.");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Gobierno británico")), entities.toString());
    }

    @Test
    void shouldNotTakeTwoOrdinaryWordsOpeningWithAGivenNameForAPerson() {
        List<ExtractedEntity> entities = extract("it", "La gara della Moto2 valeva per il Gran Premio di San Marino della scorsa estate.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON), entities.toString());
    }

    @Test
    void shouldReadAnAcronymWrittenAsAWordOpeningASentenceAsTheWord() {
        List<ExtractedEntity> entities = extract("it", "La polizia indaga sul caso. Nato a Roma nel 1952, Rossi era un medico stimato.");
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), entities.toString());
    }

    @Test
    void shouldKeepAnAcronymWrittenAsAWordThatTheArticleWritesSoInsideASentence() {
        List<ExtractedEntity> entities = extract("it", "Nato e Russia trattano da mesi. Ieri la Nato ha condannato l'attacco.");
        assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), entities.toString());
    }

    @Test
    void shouldKeepTheElidedArticleInAPersonsName() {
        List<ExtractedEntity> entities = extract("it", "Il senatore Marcello Dell'Orso ha incontrato ieri i sindaci della provincia.");
        assertEquals("Marcello Dell'Orso", withId(entities, "marcello-dell-orso").orElseThrow().name(), entities.toString());
    }
}
