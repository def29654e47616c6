package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTaggerTest {

    private static final LanguageProfile GERMAN = LanguageProfile.of("de");
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final EntityExtractor rules = new EntityExtractor(Gazetteer.get(), WordStats.get(), false);

    /** Invented sentences in one pattern: "Die Firma X meldete …" names an organisation, the nouns around it are none. */
    private static NameTagger trainedOnCompanies() {
        NameTaggerTrainer trainer = new NameTaggerTrainer(Gazetteer.get(), WordStats.get());
        String[] companies = {"Quelbrix", "Tarnholt", "Wendrava", "Ossmark", "Pilvento", "Brantis"};
        String[] nouns = {"Gewinne", "Verluste", "Umsätze", "Zahlen", "Ergebnisse", "Aufträge"};
        for (int k = 0; k < companies.length; k++) {
            String text = "Die Firma " + companies[k] + " meldete am Montag höhere " + nouns[k] + " als im Vorjahr.";
            int start = text.indexOf(companies[k]);
            trainer.add(text, List.of(new NameTaggerTrainer.Gold(start, start + companies[k].length(), "ORG")));
        }
        return trainer.train(10, 1);
    }

    private List<NameTagger.TaggedName> tag(NameTagger tagger, String body) {
        AnalyzedText text = analyzer.analyze("", body);
        RuleLabels labels = RuleLabels.of(text, rules.ruleGroups(text, GERMAN));
        return tagger.tag(new NameFeatures(text, GERMAN, labels, Gazetteer.get()), text.tokens());
    }

    @Test
    void shouldTagANameItHasNeverSeenFromTheContextItLearned() {
        List<NameTagger.TaggedName> names = tag(trainedOnCompanies(), "Die Firma Korvanto meldete am Montag höhere Gewinne als im Vorjahr.");
        assertEquals(1, names.size(), names.toString());
        assertEquals(EntityType.ORGANIZATION, names.get(0).type());
        assertEquals(2, names.get(0).first());
        assertEquals(2, names.get(0).last());
    }

    @Test
    void shouldLeaveTheCapitalisedNounsAroundANameUntagged() {
        List<NameTagger.TaggedName> names = tag(trainedOnCompanies(), "Die Firma Korvanto meldete am Montag höhere Verluste als im Vorjahr.");
        assertTrue(names.stream().allMatch(n -> n.first() == 2), names.toString());
    }

    @Test
    void shouldTagTheSameAfterWritingAndReadingItsModel() throws IOException {
        NameTagger tagger = trainedOnCompanies();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        String body = "Die Firma Korvanto meldete am Montag höhere Gewinne. Die Firma Selvaro meldete Verluste.";
        assertEquals(tag(tagger, body), tag(read, body));
        assertEquals(tagger.features(), read.features());
    }

    @Test
    void shouldNeverContinueANameThatWasNotOpened() {
        float[] scores = new float[NameTagger.TAGS.size()];
        scores[NameTagger.TAGS.indexOf("I-ORG")] = 5;
        scores[NameTagger.TAGS.indexOf("B-ORG")] = 1;
        assertEquals(NameTagger.TAGS.indexOf("B-ORG"), NameTagger.best(scores, NameTagger.TAGS.indexOf("O")));
        assertEquals(NameTagger.TAGS.indexOf("B-ORG"), NameTagger.best(scores, NameTagger.TAGS.indexOf("B-PER")));
        assertEquals(NameTagger.TAGS.indexOf("I-ORG"), NameTagger.best(scores, NameTagger.TAGS.indexOf("B-ORG")));
    }

    @Test
    void shouldShipATaggerForGermanAndRussianOnly() {
        assertTrue(NameTagger.forLanguage("de").isPresent());
        assertTrue(NameTagger.forLanguage("ru").isPresent());
        assertTrue(NameTagger.forLanguage("en").isEmpty());
    }

    @Test
    void shouldHashAffixesAndPairsAsTheStringsTheyStandFor() {
        assertEquals(NameFeatures.value("ung"), NameFeatures.value("Zeitung", 4, 7));
        List<Long> distinct = new ArrayList<>(List.of(NameFeatures.feature(1, NameFeatures.value("a")), NameFeatures.feature(2, NameFeatures.value("a")),
                NameFeatures.feature(1, NameFeatures.value("a"), NameFeatures.value("b")), NameFeatures.feature(1, NameFeatures.value("b"), NameFeatures.value("a"))));
        assertEquals(4, distinct.stream().distinct().count());
        assertArrayEquals(new String[] {"Xx", "X-Xx", "Xd", "x"}, new String[] {NameFeatures.shape("Müller"), NameFeatures.shape("EU-Gipfel"),
            NameFeatures.shape("G20"), NameFeatures.shape("und")});
    }
}
