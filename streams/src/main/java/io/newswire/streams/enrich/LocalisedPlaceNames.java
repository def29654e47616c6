package io.newswire.streams.enrich;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.UResourceBundleIterator;
import java.util.MissingResourceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Names of countries, continents and large cities in one language, from the Unicode CLDR data ICU
 * ships (Unicode licence): region names (Deutschland, Allemagne, Германия → Germany), their short forms
 * (USA), the names the press uses beside them (npm i18n-iso-countries: Großbritannien) and the cities time
 * zones are named after (Moskau, Moscou, Москва → Moscow). Each name is
 * resolved to the gazetteer's entry for its English name, so every language's name of a place gets
 * that place's one id. States and regions come from {@link SubdivisionNames}.
 */
final class LocalisedPlaceNames {

    /** UN M.49 areas newsrooms name, beside the ISO countries; not "World" (Welt, monde), an ordinary noun. */
    private static final List<String> AREAS = List.of("002", "009", "019", "142", "150", "419", "005", "021", "145", "151", "155", "039");

    private LocalisedPlaceNames() {
    }

    /**
     * Lookup keys ({@link Lexicon#key}) of the language's place names mapped to the entries their English
     * names resolve to; {@code resolve} answers null for an English name the gazetteer lacks, and that
     * place is then known under its English CLDR name; {@code givenName} tells a listed given name.
     */
    static Map<String, Gazetteer.Known> of(String language, Function<String, Gazetteer.Known> resolve, Predicate<String> givenName) {
        ULocale locale = new ULocale(language);
        Map<String, Gazetteer.Known> names = regions(locale, resolve);
        Morphology lexicon = Morphology.lexicon(language);
        boolean capitalisesNouns = LanguageProfile.of(language).capitalisesNouns();
        TimeZoneNames englishZones = TimeZoneNames.getInstance(ULocale.ENGLISH);
        TimeZoneNames localZones = TimeZoneNames.getInstance(locale);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String englishCity = englishZones.getExemplarLocationName(zone);
            String localCity = localZones.getExemplarLocationName(zone);
            if (englishCity == null || localCity == null) {
                continue;
            }
            Gazetteer.Known city = resolve.apply(englishCity);
            // A zone named after a place the gazetteer lacks is an island, a station or a small town; where its name
            // is also a word or a given name ("Navidad" for Christmas Island, "Oral", Regina, Casey, Davis) the
            // word or the person is meant far more often.
            if (city == null && localCity.indexOf(' ') < 0
                    && (lexicon.listsAsOrdinaryWord(localCity, capitalisesNouns) || givenName.test(localCity))) {
                continue;
            }
            add(names, localCity, null, city != null ? city : new Gazetteer.Known(englishCity, EntityType.LOCATION));
        }
        for (SubdivisionNames.Name region : SubdivisionNames.of(language)) {
            Gazetteer.Known place = region.english().isEmpty() ? null : resolve.apply(region.english());
            place = place != null ? place : resolve.apply(region.iso());
            // Countries and cities first (a state named as its capital is the city); a region named by an ordinary
            // word of the language ("Unité", "Noord", "Marcas", German "Marken") would make the word a place.
            // A name every language already shares (Bayern) stays as it is, not stemmed as this language's ("Bayer").
            boolean word = region.name().indexOf(' ') < 0 && lexicon.listsAsOrdinaryWord(region.name(), capitalisesNouns);
            if (place != null && resolve.apply(region.name()) == null && !word) {
                add(names, region.name(), null, place);
            }
        }
        return names;
    }

    /**
     * Lookup keys of the language's names of countries and areas: the standard name, the short one (Bosnia, UK)
     * and CLDR's variant (Turkey beside Türkiye, Ivory Coast, Czech Republic), each resolved as {@link #of} does.
     */
    static Map<String, Gazetteer.Known> regions(ULocale locale, Function<String, Gazetteer.Known> resolve) {
        Map<String, Gazetteer.Known> names = new HashMap<>();
        List<LocaleDisplayNames> english = displayNames(ULocale.ENGLISH);
        List<LocaleDisplayNames> local = displayNames(locale);
        Map<String, List<String>> alternatives = alternativeNames(locale);
        List<String> regions = new ArrayList<>(List.of(ULocale.getISOCountries()));
        regions.addAll(AREAS);
        for (String region : regions) {
            String englishName = english.get(0).regionDisplayName(region);
            if (englishName == null || englishName.equals(region)) {
                continue;
            }
            Gazetteer.Known place = known(englishName, english.get(1).regionDisplayName(region), resolve);
            for (LocaleDisplayNames names1 : local) {
                add(names, names1.regionDisplayName(region), region, place);
            }
            alternatives.getOrDefault(region, List.of()).forEach(name -> add(names, name, region, place));
            PRESS_NAMES.getOrDefault(locale.getLanguage() + ":" + region, List.of()).forEach(name -> add(names, name, region, place));
        }
        return names;
    }

    /**
     * Countries' names in each news language from npm i18n-iso-countries (country-names.tsv), keyed "language:code": the
     * names the press uses where CLDR's is the formal one (German "Großbritannien", Dutch "Nederland").
     */
    private static final Map<String, List<String>> PRESS_NAMES = pressNames();

    private static Map<String, List<String>> pressNames() {
        Map<String, List<String>> names = new HashMap<>();
        for (String[] row : Lexicon.rows("country-names.tsv")) {
            names.computeIfAbsent(row[0] + ":" + row[2], k -> new ArrayList<>()).add(row[1]);
        }
        return names;
    }

    /**
     * CLDR's "short" and "variant" region names, which ICU keeps in its region data but no display-name API
     * returns; read through the resource-bundle API.
     */
    private static Map<String, List<String>> alternativeNames(ULocale locale) {
        Map<String, List<String>> names = new HashMap<>();
        // The data's location is ICU's own constant (its layout has changed between versions), not spelt out here.
        UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale, ULocale.class.getClassLoader());
        for (String table : List.of("Countries%short", "Countries%variant")) {
            try {
                UResourceBundleIterator entries = bundle.get(table).getIterator();
                while (entries.hasNext()) {
                    UResourceBundle entry = entries.next();
                    names.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getString());
                }
            } catch (MissingResourceException absent) {
                // A language without such names.
            }
        }
        return names;
    }

    private static List<LocaleDisplayNames> displayNames(ULocale locale) {
        return List.of(LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_FULL, DisplayContext.CAPITALIZATION_FOR_STANDALONE),
                LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT, DisplayContext.CAPITALIZATION_FOR_STANDALONE));
    }

    private static Gazetteer.Known known(String englishName, String englishShort, Function<String, Gazetteer.Known> resolve) {
        for (String name : new String[] {englishName, withoutQualifier(englishName), englishShort, englishName.replace(" & ", " and ")}) {
            Gazetteer.Known found = name == null ? null : resolve.apply(name);
            if (found != null) {
                return found;
            }
        }
        return new Gazetteer.Known(withoutQualifier(englishName), EntityType.LOCATION);
    }

    /** "Myanmar (Burma)", "Congo - Kinshasa": the name before the qualifier. */
    private static String withoutQualifier(String name) {
        int cut = name.length();
        for (String mark : new String[] {" (", " - ", " SAR"}) {
            int at = name.indexOf(mark);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }

    private static void add(Map<String, Gazetteer.Known> names, String name, String code, Gazetteer.Known place) {
        if (name == null || name.equals(code) || name.isBlank()) {
            return;
        }
        names.putIfAbsent(Lexicon.key(name), place);
        if (name.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == ' ') && name.indexOf(' ') > 0) {
            // "EE. UU." is written "EE.UU." and "EEUU" as well: one word once its dots and spaces go.
            names.putIfAbsent(Lexicon.key(name.replace(" ", "")), place);
        }
        String plain = withoutQualifier(name);
        if (!plain.equals(name)) {
            names.putIfAbsent(Lexicon.key(plain), place);
        }
    }
}
