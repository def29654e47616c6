package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameContextTyperTest {

    private final Gazetteer gazetteer = Gazetteer.get();
    private final NameChunker chunker = new NameChunker(gazetteer, WordStats.get());
    private final NameContextTyper typer = new NameContextTyper(gazetteer, WordStats.get(), chunker, new People(gazetteer),
            new ReportingVerbs());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    /** The type of the words {@code name} in {@code body}, read as one name with nothing before it. */
    private EntityType typeOf(String language, String body, String name) {
        AnalyzedText text = analyzer.analyze("", body);
        List<Token> tokens = text.tokens();
        String[] words = name.split(" ");
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            boolean match = true;
            for (int k = 0; k < words.length; k++) {
                match &= tokens.get(i + k).text().equals(words[k]);
            }
            if (match) {
                Segment segment = new Segment(Segment.Kind.UNKNOWN, tokens.subList(i, i + words.length), null);
                return typer.classify(text, segment, null, LanguageProfile.of(language));
            }
        }
        throw new AssertionError(name + " is not in the text");
    }

    @Test
    void shouldNotReadAWordAfterAnItalianMasculineArticleAsAPerson() {
        assertEquals(EntityType.MISC, typeOf("it", "Secondo i precetti dell'Islam il corpo va sepolto presto.", "Islam"));
        assertEquals(EntityType.MISC, typeOf("it", "Lo scrittore vinse il Nobel nel 1958.", "Nobel"));
    }

    @Test
    void shouldTypeANameThatReportsAsAPerson() {
        assertEquals(EntityType.PERSON, typeOf("en", "The plan is sound, Vennstrom said on Monday.", "Vennstrom"));
    }

    @Test
    void shouldTypeANameEndingInAnOrganisationHeadAsAnOrganisation() {
        assertEquals(EntityType.ORGANIZATION, typeOf("en", "Shares in the Halvard Group fell on Monday.", "Halvard Group"));
    }

    @Test
    void shouldTypeALoneCapitalLetterAsNoName() {
        assertNull(typeOf("en", "The vote on Plan B was put off.", "B"));
    }

    @Test
    void shouldTypeAnUnknownGermanNameWithNoCueAsMisc() {
        assertEquals(EntityType.MISC, typeOf("de", "Die Ausstellung Lichtwerk Nord beginnt am Montag.", "Lichtwerk Nord"));
    }

    @Test
    void shouldTypeTheCapitalOfATitleInLowerCaseAsNoName() {
        assertNull(typeOf("fr", "Le Premier ministre a présenté un plan mardi.", "Premier"));
    }
}
