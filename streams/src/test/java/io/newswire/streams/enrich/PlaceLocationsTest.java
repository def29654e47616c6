package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.serde.TrustedAvroPackages;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaceLocationsTest {

    private final PlaceLocations places = PlaceLocations.get();

    @Test
    void shouldLocateACountryByItsCentre() {
        PlaceLocations.Location germany = places.locate("Germany").orElseThrow();
        assertEquals("DE", germany.countryCode());
        assertEquals(51.0, germany.latitude(), 0.5);
        assertEquals(9.0, germany.longitude(), 0.5);
    }

    @Test
    void shouldLocateACityWithItsCountry() {
        PlaceLocations.Location berlin = places.locate("Berlin").orElseThrow();
        assertEquals("DE", berlin.countryCode());
        assertEquals(52.52, berlin.latitude(), 0.01);
        assertEquals(13.41, berlin.longitude(), 0.01);
    }

    @Test
    void shouldGiveARegionItsCountryButNoCoordinates() {
        PlaceLocations.Location california = places.locate("California").orElseThrow();
        assertEquals("US", california.countryCode());
        assertNull(california.latitude());
    }

    @Test
    void shouldLocateARegionNamedAfterTheCityItIsTheSeatOf() {
        PlaceLocations.Location toulon = places.locate("Toulon").orElseThrow();
        assertEquals("FR", toulon.countryCode());
        assertEquals(43.12, toulon.latitude(), 0.01);
        assertEquals(5.93, toulon.longitude(), 0.01);
    }

    @Test
    void shouldNotLocateAStateAtATownOfItsNameElsewhere() {
        // Wyoming, Michigan is a town of 75,000 people but the seat of nothing: the state keeps no point.
        PlaceLocations.Location wyoming = places.locate("Wyoming").orElseThrow();
        assertEquals("US", wyoming.countryCode());
        assertNull(wyoming.latitude());
    }

    @Test
    void shouldPutTheCountryOnAPlaceEntityWhateverTheLanguage() {
        TrustedAvroPackages.register();
        Article article = Article.newBuilder().setId("a").setSource("test").setTitle("Regierung in Berlin")
                .setBody("Die Regierung in Berlin will die Zusammenarbeit mit Frankreich ausbauen. Deutschland und Frankreich "
                        + "einigten sich am Montag in Berlin auf einen gemeinsamen Plan.")
                .setIngestedAt(Instant.EPOCH).build();
        Article enriched = Enricher.withDefaults().enrich(article, new LearnedDocumentFrequencies(WordStats.get()));
        Entity germany = enriched.getEntities().stream().filter(e -> e.getId().equals("germany")).findFirst().orElseThrow();
        assertEquals("DE", germany.getCountryCode());
        assertTrue(germany.getLatitude() != null && germany.getLongitude() != null);
        assertTrue(enriched.getEntities().stream().filter(e -> !"LOCATION".equals(e.getType())).allMatch(e -> e.getCountryCode() == null));
    }
}
