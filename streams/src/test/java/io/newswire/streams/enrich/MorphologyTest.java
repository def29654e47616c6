package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MorphologyTest {

    private static Token token(String word) {
        return new Token(word, word, word.toLowerCase(java.util.Locale.ROOT), 0, word.length(), 0, 1, false, 0);
    }

    @Test
    void shouldTellAGermanCommonNounFromACityName() {
        Morphology german = Morphology.of("de");
        assertEquals("SUB", german.read(token("Straße")).classes());
        assertEquals("EIG.STD", german.read(token("Genf")).classes());
    }

    @Test
    void shouldListEveryClassOfAWordThatIsBothNounAndSurname() {
        String classes = Morphology.of("de").read(token("Müller")).classes();
        assertTrue(classes.contains("EIG.NAC") && classes.contains("SUB"), classes);
    }

    @Test
    void shouldGiveTheLemmaOfAnInflectedRussianPlaceName() {
        assertEquals("москва", Morphology.of("ru").read(token("Москвы")).lemma());
    }

    @Test
    void shouldMarkARussianSurnameAsOne() {
        assertTrue(Morphology.of("ru").read(token("Лавров")).classes().contains("NN.Fam"));
    }

    @Test
    void shouldKnowNothingOfALanguageWithoutADictionary() {
        Morphology none = Morphology.of("fi");
        assertFalse(none.known());
        assertEquals("?", none.read(token("Helsinki")).classes());
    }

    @Test
    void shouldHashTheSameReadingItReads() {
        Morphology german = Morphology.of("de");
        long[] hashed = new long[2];
        german.hashedReadings().get(token("Genf"), hashed);
        assertEquals(NameFeatures.value("EIG.STD"), hashed[0]);
        assertEquals(NameFeatures.value("genf"), hashed[1]);
    }

    @Test
    void shouldTypeASpanishNameTheDictionaryLists() {
        assertEquals(java.util.Set.of(EntityType.PERSON), Morphology.of("es").nameTypes(token("Perdomo")));
    }

    @Test
    void shouldGiveEveryTypeOfADutchNameListedAsSeveral() {
        assertEquals(java.util.Set.of(EntityType.ORGANIZATION, EntityType.PERSON), Morphology.of("nl").nameTypes(token("Philips")));
    }

    @Test
    void shouldTellACapitalisedCommonNounFromAName() {
        Morphology spanish = Morphology.of("es");
        assertTrue(spanish.commonNounOnly(token("Gobierno")));
        assertFalse(spanish.commonNounOnly(token("Aznar")));
    }

    @Test
    void shouldReadRussianPronounsTaggedAsAdjectivesAndTheAuxiliaryAsFunctionWords() {
        Morphology russian = Morphology.of("ru");
        assertTrue(russian.functionWordOnly("своего"));
        assertTrue(russian.functionWordOnly("которые"));
        assertTrue(russian.functionWordOnly("будут"));
        assertFalse(russian.functionWordOnly("российские"));
        assertFalse(russian.functionWordOnly("заявил"));
    }

    @Test
    void shouldReadItalianFunctionWordsTheDictionaryAlsoListsAsAdjectivesOrAuxiliaries() {
        Morphology italian = Morphology.lexicon("it");
        assertTrue(italian.functionWordOnly("dopo"));
        assertTrue(italian.functionWordOnly("qualche"));
        assertTrue(italian.functionWordOnly("stata"));
        assertFalse(italian.functionWordOnly("stato"));
        assertFalse(italian.functionWordOnly("governo"));
    }

    @Test
    void shouldReadAFunctionWordThatIsAlsoARarerVerbsFormAsAFunctionWord() {
        assertTrue(Morphology.of("es").functionWordOnly("además"));
        assertTrue(Morphology.lexicon("fr").functionWordOnly("entre"));
        assertFalse(Morphology.lexicon("fr").functionWordOnly("contre"));
    }
}
