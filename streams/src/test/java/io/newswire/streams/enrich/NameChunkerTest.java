package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameChunkerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final NameChunker chunker = new NameChunker(Gazetteer.get(), WordStats.get());

    /** Each run as its segments, written kind:surface. */
    private List<List<String>> chunk(String body, String language) {
        return chunker.chunk(analyzer.analyze("", body), LanguageProfile.of(language)).stream()
                .map(run -> run.stream().map(s -> s.kind() + ":" + s.surface()).toList()).toList();
    }

    @Test
    void shouldTakeTheLongestKnownNameOfARun() {
        assertTrue(chunk("Talks resumed in New York City on Monday.", "en").contains(List.of("KNOWN:New York City")),
                chunk("Talks resumed in New York City on Monday.", "en").toString());
    }

    @Test
    void shouldKeepAKnownAcronymApartFromThePersonNamedAfterIt() {
        List<List<String>> runs = chunk("El sismo fue profundo, dijo a EFE Ricardo Vennstrom, experto del instituto.", "es");
        assertTrue(runs.contains(List.of("KNOWN:EFE", "UNKNOWN:Ricardo Vennstrom")), runs.toString());
    }

    @Test
    void shouldNotStartANameWithASentenceOpeningFunctionWordTheStopwordListLacks() {
        List<List<String>> runs = chunk("Далее Петров сказал, что всё в порядке.", "ru");
        assertEquals(List.of(List.of("UNKNOWN:Петров")), runs);
    }

    @Test
    void shouldKeepANumberBetweenTwoWordsOfOneName() {
        List<List<String>> runs = chunk("Ieri il Movimento 5 Stelle ha votato contro la proposta.", "it");
        assertEquals(List.of(List.of("UNKNOWN:Movimento 5 Stelle")), runs);
    }

    @Test
    void shouldKeepTheTeamsOfAResultsLineApart() {
        List<List<String>> runs = chunk("Ieri sera Sassuolo 3 Bologna 1 e poi Empoli 2 Cagliari 0.", "it");
        assertTrue(runs.stream().noneMatch(run -> run.stream().anyMatch(segment -> segment.matches(".*\\d.*"))), runs.toString());
    }

    @Test
    void shouldReadAnAccentedSentenceOpenerAsTheLanguagesWordNotAPlaceWithoutTheAccent() {
        assertEquals(List.of(), chunk("Cómo se cultiva el cáñamo en el campo.", "es"));
    }

    @Test
    void shouldKeepAQuotedNicknameInsideThePersonsName() {
        List<List<String>> runs = chunk("El excampeón Jorge «La Hiena» Barrios fue operado anoche.", "es");
        assertEquals(List.of(List.of("UNKNOWN:Jorge La Hiena Barrios")), runs);
    }

    @Test
    void shouldEndAPersonsNameBeforeAParticleThatLeadsToAnAcronym() {
        List<List<String>> runs = chunk("Dat zegt Etienne Vanderstraeten van de NMBS in een verklaring.", "nl");
        assertTrue(runs.contains(List.of("UNKNOWN:Etienne Vanderstraeten")), runs.toString());
    }

    @Test
    void shouldEndAPersonNamedInFullBeforeVanAndTheEmployer() {
        List<List<String>> runs = chunk("Volgens analist Pol Tansvelde van de Fortis Bank blijft het aandeel duur.", "nl");
        assertTrue(runs.contains(List.of("UNKNOWN:Pol Tansvelde")), runs.toString());
    }

    @Test
    void shouldKeepVanAfterAGivenNameInTheSurname() {
        List<List<String>> runs = chunk("Volgens Jan van Valdendijk blijft het aandeel duur.", "nl");
        assertTrue(runs.stream().anyMatch(run -> run.stream().anyMatch(s -> s.endsWith("Jan van Valdendijk"))), runs.toString());
    }

    @Test
    void shouldSplitAnOfficeFromThePersonNamedAfterIt() {
        List<List<String>> runs = chunk("Ieri ha parlato il Presidente della Repubblica Giorgio Valdenapoli davanti alle Camere.", "it");
        assertTrue(runs.stream().anyMatch(run -> run.contains("UNKNOWN:Giorgio Valdenapoli")), runs.toString());
    }

    @Test
    void shouldKeepABuildingNamedAfterAPersonWhole() {
        List<List<String>> runs = chunk("El concierto será en el Teatro Teresa Valdecarreño de la ciudad.", "es");
        assertTrue(runs.stream().anyMatch(run -> run.contains("UNKNOWN:Teatro Teresa Valdecarreño")), runs.toString());
    }

    @Test
    void shouldKeepANounsOfBeforeAnAcronymInTheName() {
        List<List<String>> runs = chunk("El equipo jugará la Copa de la UEFA este año.", "es");
        assertTrue(runs.stream().anyMatch(run -> run.stream().anyMatch(s -> s.endsWith("Copa de la UEFA"))), runs.toString());
    }

    @Test
    void shouldSplitATitleFromTheNameItPrecedes() {
        List<List<String>> runs = chunk("On Monday President Clara Vennstrom opened the bridge.", "en");
        assertTrue(runs.contains(List.of("TITLE:President", "UNKNOWN:Clara Vennstrom")), runs.toString());
    }

    @Test
    void shouldKeepTheOrganisationWholeWhenAPlaceNamesIt() {
        List<List<String>> runs = chunk("Shares of the Bank of America fell on Monday.", "en");
        assertTrue(runs.stream().anyMatch(run -> run.size() == 1 && run.get(0).endsWith("Bank of America")), runs.toString());
    }

    @Test
    void shouldFindAPlaceByItsLocalNameInAnInflectedForm() {
        List<List<String>> runs = chunk("Переговоры прошли в России в понедельник.", "ru");
        assertEquals(List.of(List.of("KNOWN:России")), runs);
    }

    @Test
    void shouldFindAGermanPlaceInTheGenitiveAfterACommonNoun() {
        List<List<String>> runs = chunk("Die Bundesregierung bekräftigte die Unterstützung Frankreichs am Montag.", "de");
        assertTrue(runs.stream().anyMatch(run -> run.contains("KNOWN:Frankreichs")), runs.toString());
    }

    @Test
    void shouldNotJoinAPlaceInAnObliqueCaseToTheNamesAroundIt() {
        List<List<String>> runs = chunk("Вчера Президент России Владимир Путин выступил с заявлением.", "ru");
        assertTrue(runs.stream().anyMatch(run -> run.contains("KNOWN:России")), runs.toString());
    }

    @Test
    void shouldContinueAKnownNameInLowerCaseOutsideEnglish() {
        List<List<String>> runs = chunk("Les ministres de l'Union européenne se sont réunis lundi.", "fr");
        assertTrue(runs.contains(List.of("KNOWN:Union européenne")), runs.toString());
    }

    @Test
    void shouldKeepAGermanNameWhoseHeadNounFollowsAPlaceWord() {
        List<List<String>> runs = chunk("Die Vertreter der Europäische Raumfahrtagentur berieten am Montag.", "de");
        assertTrue(runs.stream().anyMatch(run -> run.contains("UNKNOWN:Europäische Raumfahrtagentur")), runs.toString());
    }

    @Test
    void shouldKeepACapitalisedWordBesideAPlaceInOneNameOutsideGerman() {
        List<List<String>> runs = chunk("El equipo del Real Madrid ganó el domingo.", "es");
        assertTrue(runs.stream().anyMatch(run -> run.contains("UNKNOWN:Real Madrid")), runs.toString());
    }

    @Test
    void shouldNotStartANameWithAStopwordOutsideEnglish() {
        List<List<String>> runs = chunk("Die Regierung beriet am Montag.", "de");
        assertEquals(List.of(), runs.stream().filter(run -> run.toString().contains("Die")).toList());
    }

    @Test
    void shouldTakeNoNameFromCapitalsAloneInALineWrittenInCapitals() {
        List<List<String>> runs = chunk("ROWING - VENNSTROM NAMED AS CREW CAPTAIN.\nThe club named Clara Vennstrom captain on Friday.", "en");
        List<String> names = runs.stream().flatMap(List::stream).filter(s -> s.startsWith("UNKNOWN:")).toList();
        assertEquals(List.of("UNKNOWN:VENNSTROM", "UNKNOWN:Clara Vennstrom"), names);
    }

    @Test
    void shouldKeepAMixedCaseNameInALineWrittenInCapitals() {
        List<List<String>> runs = chunk("TORMENTA INUNDA CASAS EN LA COMARCA Lindenholm (EFE).", "es");
        assertTrue(runs.contains(List.of("UNKNOWN:Lindenholm")), runs.toString());
    }

    @Test
    void shouldNotTakeAnOrdinaryWordOpeningASentenceAsEvidenceForTheSameWordInCapitals() {
        List<List<String>> runs = chunk("ROWING - VENNSTROM WINS AFTER RESTART.\nAfter a restart the crew won. Clara Vennstrom led.", "en");
        List<String> names = runs.stream().flatMap(List::stream).filter(s -> s.startsWith("UNKNOWN:")).toList();
        assertEquals(List.of("UNKNOWN:VENNSTROM", "UNKNOWN:Clara Vennstrom"), names);
    }

    @Test
    void shouldNotTakeAStopwordInALineWrittenInCapitalsForPartOfAName() {
        List<List<String>> runs = chunk("VENNSTROM, JEFE DE ESTADO EN FUNCIONES.\nLa reunión fue con De la Vega y Vennstrom en la capital.", "es");
        assertTrue(runs.stream().flatMap(List::stream).noneMatch(s -> s.contains("DE")), runs.toString());
    }
}
