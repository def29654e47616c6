package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker resolution on its own, given where a quotation and its attribution are in the text. */
class QuoteSpeakersTest {

    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final QuoteSpeakers speakers = new QuoteSpeakers(extractor.reportingVerbs(), Gazetteer.get(), QuoteStyle.english(extractor.reportingVerbs()));
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private record Case(AnalyzedText text, List<ExtractedEntity> entities) {
        int at(String fragment) {
            return text.text().indexOf(fragment);
        }
    }

    private Case analyze(String body) {
        AnalyzedText text = analyzer.analyze("Harbour talks", body);
        return new Case(text, extractor.extract(text));
    }

    private static String name(ExtractedEntity entity) {
        return entity == null ? null : entity.name();
    }

    @Test
    void shouldPreferThePersonTheAttributionNames() {
        Case c = analyze("\"The talks failed,\" Port Authority chief Ilse Varga said.");
        int start = c.at("Port Authority");

        assertEquals("Ilse Varga", name(speakers.attributed(c.text(), c.entities(), start, c.at(" said"), null, 0, c.at("\"The"))));
    }

    @Test
    void shouldResolveAPronounToTheOneSpeakerOfThatGender() {
        Case c = analyze("Mr Tomas Brandt said the port would close. \"We have no choice,\" he said.");
        int he = c.at("he said");

        assertEquals("Tomas Brandt", name(speakers.attributed(c.text(), c.entities(), he, he + 2, null, 0, c.at("\"We"))));
    }

    @Test
    void shouldResolveARoleToTheOnePersonWithThatTitle() {
        Case c = analyze("Transport Minister Tomas Brandt met the crews. \"Work resumes Monday,\" the minister said.");
        int role = c.at("the minister");

        assertEquals("Tomas Brandt", name(speakers.attributed(c.text(), c.entities(), role, role + "the minister".length(), null, 0,
                c.at("\"Work"))));
    }

    @Test
    void shouldGiveNobodyWhenTwoPeopleSpokeBeforeAStandaloneQuote() {
        Case c = analyze("Ilse Varga said the port would close, and Tomas Brandt said it would not. \"Nobody knows.\"");

        assertNull(speakers.continued(c.text(), c.entities(), null, 0, c.at("\"Nobody")));
    }

    @Test
    void shouldContinueThePreviousSpeakerInTheNextSentence() {
        Case c = analyze("\"We waited three weeks,\" said Ilse Varga. \"It was worth it.\"");
        ExtractedEntity varga = c.entities().stream().filter(e -> e.name().equals("Ilse Varga")).findFirst().orElseThrow();

        assertEquals(varga, speakers.continued(c.text(), c.entities(), varga, c.at(" said"), c.at("\"It")));
    }
}
