package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryClassifierTest {

    private final CategoryClassifier classifier = new CategoryClassifier();
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final KeywordExtractor keywords = new KeywordExtractor(WordStats.get());

    private List<CategoryClassifier.Category> classify(String language, String title, String body) {
        LanguageProfile profile = LanguageProfile.of(language);
        return classifier.classify(keywords.termCounts(analyzer.analyze(title, body), profile), profile);
    }

    @Test
    void shouldFindGermanCompoundsByTheirLastPart() {
        List<CategoryClassifier.Category> categories = classify("de", "Nach der Bundestagswahl",
                "Nach der Bundestagswahl verhandeln die Parteien über eine Koalition. Die Landtagswahlen folgen im Herbst.");
        assertEquals("politics", categories.get(0).code(), categories.toString());
    }

    @Test
    void shouldTakeAStabbingForCrimeAsACourtCaseIs() {
        List<CategoryClassifier.Category> categories = classify("es", "Apuñalan a un comerciante",
                "Dos hombres apuñalaron a un comerciante durante un asalto en el centro. El comerciante fue apuñalado tres veces.");
        assertEquals("crime", categories.get(0).code(), categories.toString());
    }

    @Test
    void shouldTakeTheCoronavirusForHealth() {
        List<CategoryClassifier.Category> categories = classify("fr", "Coronavirus : l'aéroport de Valdonne est fermé",
                "En raison du coronavirus, l'aéroport de Valdonne reste fermé. Le confinement continue jusqu'au 5 avril.");
        assertEquals("health", categories.get(0).code(), categories.toString());
    }

    @Test
    void shouldNotTakeFrenchButForAGoal() {
        assertTrue(classifier.classify(Map.of("but", 3), LanguageProfile.of("fr")).isEmpty());
    }

    @Test
    void shouldFindInflectedRussianWordsByTheirStem() {
        List<CategoryClassifier.Category> categories = classify("ru", "Сборная выиграла матч",
                "Сборной удалось выиграть матч чемпионата. Тренер похвалил игроков, болельщики на стадионе праздновали победу.");
        assertEquals("sport", categories.get(0).code(), categories.toString());
    }

    @Test
    void shouldNotTakeAWordThatSharesOnlyAShortStemWithACue() {
        // "sólo" and "soleado" (sunny) are both "sol" to the Spanish stemmer.
        Map<String, Integer> terms = Map.of("sólo", 3, "solo", 3);
        assertTrue(classifier.classify(terms, LanguageProfile.of("es")).isEmpty());
    }

    @Test
    void shouldMatchACueMarkedAsWrittenOnlyAsWritten() {
        // "parte" (part) and "partido" (match, party) are both "part"; "partido" is marked "=".
        assertTrue(classifier.classify(Map.of("parte", 3, "partes", 3), LanguageProfile.of("es")).isEmpty());
    }

    @Test
    void shouldGiveTheEnglishMediaTopicCodeToAnotherLanguagesCategory() {
        CategoryClassifier.Category top = classify("fr", "Alerte canicule",
                "Météo-France annonce une canicule : les températures dépasseront 38 degrés, puis des orages et des averses.").get(0);
        assertEquals("weather", top.code());
        assertEquals("medtop:17000000", top.mediaTopic());
    }

    @Test
    void shouldLeaveALanguageWithoutItsOwnCuesUncategorised() {
        Map<String, Integer> terms = Map.of("match", 3, "football", 3, "league", 3);
        assertTrue(classifier.classify(terms, LanguageProfile.of("tr")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "fr", "it", "nl", "pl", "pt", "ru"})
    void shouldDefineCuesForEveryTopLevelTopic(String language) {
        Set<String> codes = Lexicon.rows("categories-" + language + ".tsv").stream().map(row -> row[0]).collect(Collectors.toSet());
        assertEquals(Set.copyOf(CategoryClassifier.CODES), codes);
    }

    @Test
    void shouldNotCountACueWordThatIsWrittenInsideAPersonsName() {
        Map<String, Integer> terms = Map.of("адвокат", 3, "матч", 1);
        LanguageProfile russian = LanguageProfile.of("ru");
        assertTrue(classifier.classify(terms, russian).stream().anyMatch(c -> c.code().equals("crime")));
        assertTrue(classifier.classify(terms, russian, Map.of("адвокат", 3)).stream().noneMatch(c -> c.code().equals("crime")));
    }

    @Test
    void shouldFindTheTokensOfPeoplesNamesWithoutTheirTitles() {
        AnalyzedText text = analyzer.analyze("", "Coach Dick Advocaat praised the players.");
        String analysed = text.text();
        ExtractedEntity coach = new ExtractedEntity("dick-advocaat", "Dick Advocaat", EntityType.PERSON, List.of("Dick Advocaat"), 1, 1.0,
                List.of(), List.of("Coach"), null, List.of(new ExtractedEntity.Span(analysed.indexOf("Dick"), analysed.indexOf(" praised"))));
        assertEquals(List.of("Dick", "Advocaat"), CategoryClassifier.peoplesNameTokens(text, List.of(coach)).stream().map(Token::text).toList());
    }
}
