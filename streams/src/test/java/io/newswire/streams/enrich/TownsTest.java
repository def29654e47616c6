package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Towns below the large cities, known in their own countries' languages, and from 50,000 people in every language. */
class TownsTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void shouldKnowATownInItsCountrysLanguage() {
        Gazetteer.Known avezzano = gazetteer.lookup("avezzano", LanguageProfile.of("it"));
        assertEquals(EntityType.LOCATION, avezzano.type());
        assertTrue(gazetteer.isTown(avezzano));
    }

    @Test
    void shouldKnowALargeTownInEveryLanguage() {
        Gazetteer.Known bordeaux = gazetteer.lookup("bordeaux", LanguageProfile.english());
        assertEquals(EntityType.LOCATION, bordeaux.type());
        assertEquals("FR", PlaceLocations.get().locate(bordeaux.canonical()).orElseThrow().countryCode());
    }

    @Test
    void shouldNotKnowATownInAnotherCountrysLanguage() {
        assertNull(gazetteer.lookup("avezzano", LanguageProfile.english()));
    }

    @Test
    void shouldLeaveOutATownWhoseNameIsACommonNoun() {
        // Hof in Bavaria: German writes the noun "Hof" (courtyard) with a capital.
        assertNull(gazetteer.lookup("hof", LanguageProfile.of("de")));
    }

    @Test
    void shouldNotFindATownByItsStem() {
        // Dorfen's stem is the noun Dorf's.
        assertNull(gazetteer.lookup("dorf", LanguageProfile.of("de")));
    }

    @Test
    void shouldLocateATownWithItsCountry() {
        PlaceLocations.Location avezzano = PlaceLocations.get().locate("Avezzano").orElseThrow();
        assertEquals("IT", avezzano.countryCode());
        assertEquals(42.04, avezzano.latitude(), 0.01);
    }

    @Test
    void shouldKeepALargeCitysOwnEntry() {
        Gazetteer.Known milan = gazetteer.lookup("milano", LanguageProfile.of("it"));
        assertNotEquals(null, milan);
        assertEquals(false, gazetteer.isTown(milan));
    }

    @Test
    void shouldKnowABritishTownInEnglish() {
        assertEquals(EntityType.LOCATION, gazetteer.lookup("stansted", LanguageProfile.english()).type());
    }

    @Test
    void shouldLeaveOutATownEnglishWritesAsAWord() {
        // March in Cambridgeshire is the month everywhere else.
        assertNull(gazetteer.lookup("march", LanguageProfile.english()));
    }
}
