package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places and names that play, read through the entity extractor (teams are decided where names are typed). */
class SportsTeamsTest {

    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private EntityType typeOf(String body, String name) {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("Weekend round-up", body));
        return entities.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst().map(ExtractedEntity::type).orElse(null);
    }

    private List<ExtractedEntity> extract(String language, String body) {
        return extractor.extract(analyzer.analyze("", body), LanguageProfile.of(language));
    }

    @Test
    void shouldTypeACityWithAScoreInAResultLineAsATeam() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Results on Saturday:\nLeeds 2 Wanderers 1\nThe match was played in rain.", "Leeds"));
    }

    @Test
    void shouldTypeAnUnknownNameWithAScoreInAResultAsATeam() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Results on Saturday:\nLeeds 2 Wanderers 1\nThe match was played in rain.", "Wanderers"));
    }

    @Test
    void shouldTypeANameOpeningAStandingsRowAsATeam() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Standings after the weekend:\nHarriers 4 3 1 0 9 2 10\nRovers 4 2 1 1 5 3 7", "Harriers"));
    }

    @Test
    void shouldTypeACityThatBeatsAnotherAsATeam() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Leeds beat Bristol on Sunday to stay top of the table.", "Bristol"));
    }

    @Test
    void shouldTypeASpanishCityAfterAClubsArticleAsATeam() {
        List<ExtractedEntity> entities = extract("es", "El delantero del Valencia marcó dos goles ante el Sevilla.");
        assertEquals(EntityType.ORGANIZATION, entities.stream().filter(e -> e.name().equals("Valencia")).findFirst().orElseThrow().type());
    }

    @Test
    void shouldKeepASpanishCityWithoutAnArticleAPlace() {
        List<ExtractedEntity> entities = extract("es", "El alcalde de Valencia inauguró ayer un nuevo puente sobre el río.");
        assertEquals(EntityType.LOCATION, entities.stream().filter(e -> e.name().equals("Valencia")).findFirst().orElseThrow().type());
    }

    @Test
    void shouldTypeCitiesInBracketsAfterPlayersAsTheirClubs() {
        List<ExtractedEntity> entities = extract("es", "Amonestación a Pedro Martínez (Valencia) y a Juan Gómez (Bilbao) por juego peligroso.");
        assertEquals(EntityType.ORGANIZATION, entities.stream().filter(e -> e.name().equals("Valencia")).findFirst().orElseThrow().type());
    }

    @Test
    void shouldKeepOneCityInBracketsAfterAPersonAPlace() {
        List<ExtractedEntity> entities = extract("es", "El congresista Dan Burton (Indiana) pidió sanciones contra el gobierno.");
        assertEquals(EntityType.LOCATION, entities.stream().filter(e -> e.name().equals("Indiana")).findFirst().orElseThrow().type());
    }

    @Test
    void shouldTypeACityBeforeAPlayersRoleAsATeam() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Bristol captain Tom Varley scored twice on Saturday.", "Bristol"));
    }

    @Test
    void shouldTypeAnOrdinaryWordOpeningAResultLineAsATeam() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Results on Saturday:\nReading 2 Stoke 2\nThe match was played in rain.", "Reading"));
    }

    @Test
    void shouldKeepADatelineAPlace() {
        assertEquals(EntityType.LOCATION, typeOf("LEEDS 2026-12-03\nThe city council said on Thursday that 12 schools would close.", "Leeds"));
    }

    @Test
    void shouldKeepANationalTeamTheCountry() {
        assertEquals(EntityType.LOCATION, typeOf("Qualifier results:\nGermany 2 Belgium 1\nThe second leg is next week.", "Germany"));
    }

    @Test
    void shouldNotTakeANumberAWordFollowsForAScore() {
        assertEquals(EntityType.LOCATION, typeOf("The polls gave Ohio 17 electoral votes and Texas 40 electoral votes on the night.", "Ohio"));
    }

    @Test
    void shouldNotTakeADecimalForAScore() {
        assertEquals(EntityType.LOCATION, typeOf("Shares closed in Tokyo 1.5 percent higher and in Sydney 2.1 percent lower.", "Tokyo"));
    }

    @Test
    void shouldNotTakeAListOfPlayersPointsForTeams() {
        assertNotEquals(EntityType.ORGANIZATION, typeOf("Coach Pieter Smithers praised his side.\nScorers:\nSmithers 12, Jonkers 8, Pellow 15", "Jonkers"));
    }
}
