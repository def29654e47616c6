package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names typed by the other languages' part-of-speech dictionaries (LanguageTool's Spanish, Dutch and Portuguese). */
class ListedNamesTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    /** The name written as the whole of a sentence's middle: "Ieri X ha parlato." gives X's tokens. */
    private Segment name(String words) {
        List<Token> tokens = analyzer.analyze("", "Ieri " + words + " ha parlato.").tokens();
        return new Segment(Segment.Kind.UNKNOWN, tokens.subList(1, tokens.size() - 2), null);
    }

    @Test
    void shouldTypeAnOrganisationTheOtherDictionariesList() {
        assertEquals(EntityType.ORGANIZATION, ListedNames.type(name("Google"), LanguageProfile.of("it")));
    }

    @Test
    void shouldLetTheMajorityOutvoteOneDictionarysOddReading() {
        // Dutch lists Boeing as a place; Spanish and Portuguese as a company.
        assertEquals(EntityType.ORGANIZATION, ListedNames.type(name("Boeing"), LanguageProfile.of("it")));
    }

    @Test
    void shouldTypeAPersonWhoseFirstAndLastWordsAreListedAsPeoplesNames() {
        assertEquals(EntityType.PERSON, ListedNames.type(name("Barack Obama"), LanguageProfile.of("it")));
    }

    @Test
    void shouldLeaveAnOrdinaryWordOfTheArticlesLanguageUntyped() {
        // "chiesa" is an Italian noun, whatever the Dutch dictionary lists "Chiesa" as.
        assertNull(ListedNames.type(name("Chiesa"), LanguageProfile.of("it")));
    }

    @Test
    void shouldLeaveANameOpeningWithAnOrdinaryWordOfTheLanguageUntyped() {
        // Dutch and Portuguese list both words as given names; "croix" is a French noun.
        assertNull(ListedNames.type(name("Croix Rouge"), LanguageProfile.of("fr")));
    }

    @Test
    void shouldTypeNothingTheDictionariesDoNotList() {
        assertNull(ListedNames.type(name("Zorvandelli"), LanguageProfile.of("it")));
    }
}
