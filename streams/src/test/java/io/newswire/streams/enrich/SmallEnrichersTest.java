package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallEnrichersTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldScoreNegativeToneForDisasterText() {
        ToneScorer.Tone tone = new ToneScorer().score(analyzer.analyze("Floods", "Floods killed two people and destroyed homes in a terrible disaster.").bodyTokens());
        assertTrue(tone.negative() > tone.positive(), tone.toString());
        assertTrue(tone.polarity() < 0);
    }

    @Test
    void shouldScorePositiveToneForCelebration() {
        ToneScorer.Tone tone = new ToneScorer().score(analyzer.analyze("Win", "Fans celebrated a wonderful, happy victory.").bodyTokens());
        assertTrue(tone.polarity() > 0, tone.toString());
    }

    @Test
    void shouldClassifySportText() {
        KeywordExtractor keywords = new KeywordExtractor(WordStats.get());
        Map<String, Integer> terms = keywords.termCounts(analyzer.analyze("Rovers win the cup final",
                "The striker scored a late goal as the team won the league match in front of the fans at the stadium."));
        List<CategoryClassifier.Category> categories = new CategoryClassifier().classify(terms);
        assertEquals("sport", categories.get(0).code());
    }

    @Test
    void shouldGiveEachCategoryItsIptcMediaTopicCode() {
        Map<String, Integer> terms = keywords().termCounts(analyzer.analyze("Heatwave to end with storms",
                "Forecasters said temperatures of 38 celsius would give way to thunder showers and cooler winds."));
        CategoryClassifier.Category top = new CategoryClassifier().classify(terms).get(0);
        assertEquals("weather", top.code());
        assertEquals("medtop:17000000", top.mediaTopic());
    }

    @Test
    void shouldDefineTheSeventeenTopLevelMediaTopics() {
        assertEquals(17, CategoryClassifier.CODES.size());
        assertEquals(17, Set.copyOf(CategoryClassifier.CODES).size());
    }

    private static KeywordExtractor keywords() {
        return new KeywordExtractor(WordStats.get());
    }

    @Test
    void shouldRankRareRepeatedWordsAsKeywords() {
        KeywordExtractor keywords = new KeywordExtractor(WordStats.get());
        Map<String, Integer> terms = keywords.termCounts(analyzer.analyze("Dredging of the harbour begins",
                "Dredging began on Monday. The dredging will deepen the harbour so that larger ships can dock."));
        List<KeywordExtractor.Keyword> top = keywords.extract(terms, new LearnedDocumentFrequencies(WordStats.get()));
        assertEquals("dredging", top.get(0).term());
        assertEquals(1.0, top.get(0).score());
    }

    @Test
    void shouldCountAWordsInflectedFormsAsOneKeywordShownAsItsCommonestForm() {
        KeywordExtractor keywords = new KeywordExtractor(WordStats.get());
        LanguageProfile russian = LanguageProfile.of("ru");
        Map<String, Integer> terms = keywords.termCounts(analyzer.analyze("Президент встретился с министром",
                "Президент встретился с министром. Министр рассказал президенту о реформе. Президента спросили о реформе."), russian);
        List<String> top = keywords.extract(terms, new LearnedDocumentFrequencies(WordStats.get()), russian).stream()
                .map(KeywordExtractor.Keyword::term).toList();
        assertEquals(1, top.stream().filter(t -> t.startsWith("президент")).count(), top.toString());
        assertTrue(top.contains("президент"), top.toString());
    }

    @Test
    void shouldLeaveWordsTheDictionaryListsOnlyAsAdverbsOutOfKeywords() {
        KeywordExtractor keywords = new KeywordExtractor(WordStats.get());
        LanguageProfile german = LanguageProfile.of("de");
        Map<String, Integer> terms = keywords.termCounts(analyzer.analyze("Deich hält immer noch",
                "Der Deich hält immer noch. Die Feuerwehr sichert den Deich bereits seit Tagen, sie ist immer dort."), german);
        List<String> top = keywords.extract(terms, new LearnedDocumentFrequencies(WordStats.get()), german).stream()
                .map(KeywordExtractor.Keyword::term).toList();
        assertTrue(top.contains("deich"), top.toString());
        assertFalse(top.contains("immer") || top.contains("bereits"), top.toString());
    }

    @Test
    void shouldLeaveGermanAuxiliaryVerbsOutOfKeywords() {
        KeywordExtractor keywords = new KeywordExtractor(WordStats.get());
        LanguageProfile german = LanguageProfile.of("de");
        Map<String, Integer> terms = keywords.termCounts(analyzer.analyze("Deich wurde gesichert",
                "Der Deich wurde gesichert. Die Dörfer wurden geräumt, die Bewohner sollten warten, sagte der Bürgermeister."), german);
        List<String> top = keywords.extract(terms, new LearnedDocumentFrequencies(WordStats.get()), german).stream()
                .map(KeywordExtractor.Keyword::term).toList();
        assertTrue(top.contains("deich"), top.toString());
        assertFalse(top.contains("wurde") || top.contains("wurden") || top.contains("sollten"), top.toString());
    }

    @Test
    void shouldKeepTheBestKeywordsInTheOrderAFullSortGives() {
        KeywordExtractor keywords = new KeywordExtractor(WordStats.get());
        LearnedDocumentFrequencies df = new LearnedDocumentFrequencies(WordStats.get());
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 100; round++) {
            Map<String, Integer> terms = new java.util.HashMap<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                // Few distinct counts and repeated words give ties, which the term breaks.
                terms.put("w" + random.nextInt(80), 1 + random.nextInt(3));
            }
            double n = df.documents() + 1.0;
            List<String> sorted = terms.entrySet().stream()
                    .map(e -> new KeywordExtractor.Keyword(e.getKey(), e.getValue() * Math.log(n / (df.documentFrequency(e.getKey()) + 1.0))))
                    .sorted(java.util.Comparator.comparingDouble(KeywordExtractor.Keyword::score).reversed()
                            .thenComparing(KeywordExtractor.Keyword::term))
                    .limit(KeywordExtractor.TOP).map(KeywordExtractor.Keyword::term).toList();
            assertEquals(sorted, keywords.extract(terms, df).stream().map(KeywordExtractor.Keyword::term).toList(), "round " + round);
        }
    }

    @Test
    void shouldLearnDocumentFrequenciesAndSurviveSnapshot() {
        LearnedDocumentFrequencies df = new LearnedDocumentFrequencies(WordStats.get());
        long prior = df.documentFrequency("zzyzx");
        df.add(Set.of("zzyzx"));
        df.add(Set.of("zzyzx"));
        LearnedDocumentFrequencies restored = new LearnedDocumentFrequencies(WordStats.get());
        df.changedSnapshots().forEach(restored::restore);
        assertEquals(prior + 2, restored.documentFrequency("zzyzx"));
        assertEquals(df.documents(), restored.documents());
    }

    @Test
    void shouldKeepEachLanguagesDocumentFrequenciesApart() {
        LearnedDocumentFrequencies df = new LearnedDocumentFrequencies(WordStats.get());
        df.forLanguage("de").add(Set.of("will", "wahl"));
        assertEquals(1, df.forLanguage("de").documentFrequency("wahl"));
        // Brown's English counts of "will" are not German's; and the English side saw no German article.
        assertEquals(1, df.forLanguage("de").documentFrequency("will"));
        assertEquals(0, df.forLanguage("en").documentFrequency("wahl"));
        assertEquals(df.forLanguage("en").documents() + 1, df.forLanguage("de").documents());
    }

    @Test
    void shouldSnapshotOnlyTheLanguagesThatLearnedSinceTheLastSnapshot() {
        LearnedDocumentFrequencies df = new LearnedDocumentFrequencies(WordStats.get());
        df.forLanguage("de").add(Set.of("wahl"));
        df.forLanguage("fr").add(Set.of("élection"));
        assertEquals(Set.of("de", "fr"), df.changedSnapshots().keySet());
        df.forLanguage("fr").add(Set.of("vote"));
        assertEquals(Set.of("fr"), df.changedSnapshots().keySet());
    }

    @Test
    void shouldIdentifyEnglishByStopwords() {
        var text = analyzer.analyze("Title", "The council said that it would meet again in the spring, and that the plan was still on the table for the city.");
        assertEquals("en", new LanguageIdentifier(WordStats.get()).identify(text.tokens(), text.text()).code());
    }

    @Test
    void shouldIdentifyFrenchWithNgramDetector() {
        String body = "Le conseil municipal a voté mardi une hausse des tarifs du port. Les pêcheurs ont manifesté devant la mairie "
                + "pour dénoncer une décision prise sans concertation, selon leur syndicat.";
        var text = analyzer.analyze("Titre", body);
        assertEquals("fr", new LanguageIdentifier(WordStats.get()).identify(text.tokens(), body).code());
    }

    @Test
    void shouldEstimateSimilarityFromMinHash() {
        MinHasher hasher = new MinHasher();
        String shared = "the harbour authority approved the second terminal after a long year of talks with the unions and the council";
        var a = hasher.sign(analyzer.analyze("A", shared + " on tuesday morning in the city").bodyTokens());
        var b = hasher.sign(analyzer.analyze("B", shared + " according to a statement released late").bodyTokens());
        var c = hasher.sign(analyzer.analyze("C", "astronomers found water vapour on a distant planet orbiting a small red star far away").bodyTokens());
        assertEquals(1.0, a.similarity(a));
        assertTrue(a.similarity(b) > 0.3 && a.similarity(b) < 1.0, String.valueOf(a.similarity(b)));
        assertEquals(0.0, a.similarity(c));
    }
}
