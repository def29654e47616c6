package io.newswire.streams.enrich;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names known before reading any article: places (countries with official names and alternative
 * spellings, large cities), organisations with their acronyms, demonyms, first names, titles and
 * organisation head words. Built from data/ at start-up, read-only afterwards.
 */
public final class Gazetteer {

    /** A known name and what it denotes. */
    /**
     * A name the gazetteer knows.
     *
     * @param seat a building or street standing for the institution it houses (the Kremlin, the White
     *             House): a place, unless the article has it speak or act
     */
    public record Known(String canonical, EntityType type, boolean seat) {
        public Known(String canonical, EntityType type) {
            this(canonical, type, false);
        }
    }

    /** Answers kept per language, at most this many. */
    private static final int MEMO_BOUND = 50_000;

    private final Map<String, Known> names = new HashMap<>();
    /** Names written with accents, by their key without them (São Paulo as "sao paulo"); none where two fold alike. */
    private final Map<String, Known> folded = new HashMap<>();
    /** All-capital aliases (US, UN, WHO) match only when written in capitals: "Who" is not the WHO. */
    private final Map<String, Known> acronyms = new HashMap<>();
    private final Map<String, Affiliation> demonyms = new HashMap<>();
    private final Map<String, Affiliation> frenchDemonyms = new HashMap<>();
    private final Map<String, Boolean> firstNames = new HashMap<>();
    private final Map<String, Character> genders = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> namePrefixes = new HashSet<>();
    private final List<String> abbreviatedTitles = new ArrayList<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> nonEntities = new HashSet<>();
    private final Set<String> regionNames = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private final Set<String> cities = new HashSet<>();
    /**
     * Names in every language: a city's own name where the lists give an English one (Milano, München), and an alias
     * with a capital inside it (AfD, EnBW), which no language writes as an ordinary word.
     */
    private final Set<String> ownNames = new HashSet<>();
    private final Set<String> runBreakers = new HashSet<>();
    private final Map<String, String> transliterations = new HashMap<>();
    private final int longestName;

    private Gazetteer() {
        for (String[] row : Lexicon.rows("places.tsv")) {
            addPlace(row);
        }
        for (String[] row : Lexicon.rows("extra-places.tsv")) {
            addPlace(row);
        }
        // CLDR's English names of countries and areas where the lists above spell them otherwise: "Turkey" beside
        // Türkiye, "Bosnia", "Europe". Not its short forms in capitals (US, UK, UN): those are acronyms, read below.
        LocalisedPlaceNames.regions(ULocale.ENGLISH, english -> names.get(Lexicon.key(english))).forEach((key, place) -> {
            if (key.length() > 3) {
                names.putIfAbsent(key, place);
                regionNames.add(key);
            }
        });
        for (String[] row : Lexicon.rows("organizations.tsv")) {
            Known org = new Known(row[0], EntityType.ORGANIZATION);
            addName(row[0], org);
            if (row.length > 1) {
                for (String alias : row[1].split("\\|")) {
                    addName(alias, org);
                }
            }
        }
        // Derived from WordNet (build.mjs): never in place of a name the reviewed lists above give.
        for (String[] row : Lexicon.rows("organizations-wordnet.tsv")) {
            Known org = new Known(row[0], EntityType.ORGANIZATION);
            addNameIfAbsent(row[0], org);
            if (row.length > 1 && !row[1].isEmpty()) {
                for (String alias : row[1].split("\\|")) {
                    addNameIfAbsent(alias, org);
                }
            }
        }
        // Companies two kept lists agree on (build.mjs): after everything above, for names nothing else knows.
        for (String[] row : Lexicon.rows("organizations-companies.tsv")) {
            addNameIfAbsent(row[0], new Known(row[0], EntityType.ORGANIZATION));
        }
        // French ones (world-countries gives English and French) are read in French text only: "Philippine" and "Bosnien"
        // are French demonyms, an English adjective and a German country name.
        for (String[] row : Lexicon.rows("demonyms-fr.tsv")) {
            frenchDemonyms.merge(Lexicon.key(row[0]), new Affiliation(row[0], row[1]),
                    (a, b) -> a.country().length() <= b.country().length() ? a : b);
        }
        for (String[] row : Lexicon.rows("demonyms.tsv")) {
            // "American": United States, not Northern Mariana Islands. A territory shares its sovereign's
            // demonym under a longer, qualified name, so the shortest country name wins.
            demonyms.merge(Lexicon.key(row[0]), new Affiliation(row[0], row[1]),
                    (a, b) -> a.country().length() <= b.country().length() ? a : b);
        }
        for (String[] row : Lexicon.rows("affiliations.tsv")) {
            Affiliation group = new Affiliation(row[0], null);
            demonyms.put(Lexicon.key(row[0]), group);
            if (row.length > 1 && !row[1].isEmpty()) {
                for (String variant : row[1].split("\\|")) {
                    demonyms.put(Lexicon.key(variant), group);
                }
            }
        }
        for (String[] row : Lexicon.rows("first-names.tsv")) {
            firstNames.put(row[0].toLowerCase(Locale.ROOT), "strong".equals(row[1]));
            if (row.length > 2 && !row[2].equals("u")) {
                genders.put(row[0].toLowerCase(Locale.ROOT), row[2].charAt(0));
            }
        }
        for (String title : Lexicon.lines("titles.txt")) {
            titles.add(Lexicon.key(title));
            if (title.endsWith(".") && title.indexOf(' ') < 0) {
                abbreviatedTitles.add(title);
            }
        }
        Lexicon.lines("org-heads.txt").forEach(t -> orgHeads.add(Lexicon.key(t)));
        Lexicon.lines("non-entities.txt").forEach(line -> nonEntities.addAll(Arrays.asList(line.split("\\s+"))));
        Lexicon.lines("run-breakers.txt").forEach(line -> runBreakers.addAll(Arrays.asList(line.split("\\s+"))));
        nonEntities.addAll(runBreakers);
        for (String[] row : Lexicon.rows("transliterations.tsv")) {
            // The canonical spelling is a given name too (Volodymyr), though the first-name lists may lack it.
            transliterations.put(row[0].toLowerCase(Locale.ROOT), row[0]);
            for (String variant : row[1].split("\\|")) {
                transliterations.put(variant.toLowerCase(Locale.ROOT), row[0]);
            }
        }
        // A transliterated spelling is a strong given name whatever the lists say: one lookup answers both.
        transliterations.keySet().forEach(spelling -> firstNames.put(spelling, Boolean.TRUE));
        folded.putAll(folded(names));
        longestName = names.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        addPrefixes(names.keySet(), namePrefixes);
        addPrefixes(folded.keySet(), namePrefixes);
        addPrefixes(titles, namePrefixes);
    }

    /** The first words of each key of several words: "new" and "new york" for "new york city". */
    private static void addPrefixes(Set<String> keys, Set<String> prefixes) {
        for (String key : keys) {
            for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                prefixes.add(key.substring(0, space));
            }
        }
    }

    /**
     * Whether some name or title of more words begins with these words (a phrase key): a name chunker that
     * looks for the longest known name stops growing a span at the first one that does not.
     */
    public boolean beginsLongerName(String phraseKey, LanguageProfile language) {
        if (language.isEnglish()) {
            return beginsLongerNameUncached(phraseKey, language);
        }
        // Asked of every capitalised word and of its run with each next word: outside English each ask folds, stems and
        // probes four sets, and an article asks about the same words again and again.
        return localNames(language).beginsLongerName.get(phraseKey, key -> beginsLongerNameUncached(key, language));
    }

    private boolean beginsLongerNameUncached(String phraseKey, LanguageProfile language) {
        String bare = Lexicon.fold(phraseKey);
        if (namePrefixes.contains(phraseKey) || (bare != phraseKey && namePrefixes.contains(bare))) {
            return true;
        }
        if (language.isEnglish()) {
            return localNames(language).townPrefixes.contains(phraseKey);
        }
        LocalNames local = localNames(language);
        return local.prefixes.contains(phraseKey)
                || (!local.stemmedPrefixes.isEmpty() && local.stemmedPrefixes.contains(stemmedPhrase(phraseKey, language)));
    }

    /** Each word of a phrase key by its stem: "соединённых штатов" and "соединённые штаты" meet as "соединен штат". */
    private static String stemmedPhrase(String phraseKey, LanguageProfile language) {
        if (phraseKey.indexOf(' ') < 0) {
            return language.stem(phraseKey);
        }
        StringBuilder stemmed = new StringBuilder(phraseKey.length());
        for (String word : phraseKey.split(" ")) {
            if (stemmed.length() > 0) {
                stemmed.append(' ');
            }
            stemmed.append(language.stem(word));
        }
        return stemmed.toString();
    }

    private void addPlace(String[] row) {
        EntityType type = "union".equals(row[1]) ? EntityType.ORGANIZATION : EntityType.LOCATION;
        Known place = new Known(row[0], type, "seat".equals(row[1]));
        if ("country".equals(row[1])) {
            countries.add(row[0]);
        } else if ("city".equals(row[1])) {
            cities.add(row[0]);
        }
        if (!names.containsKey(Lexicon.key(row[0]))) {
            addName(row[0], place);
        }
        if (row.length > 2 && !row[2].isEmpty()) {
            for (String alias : row[2].split("\\|")) {
                addName(alias, place);
            }
        }
        if (row.length > 3 && !row[3].isEmpty()) {
            // The city's own name and its exonyms (München, Mailand, Anvers): names in every language.
            for (String own : row[3].split("\\|")) {
                if (!names.containsKey(Lexicon.key(own))) {
                    addName(own, place);
                    ownNames.add(Lexicon.key(own));
                }
            }
        }
    }

    private void addName(String name, Known known) {
        String bare = name.replace(".", "");
        if (bare.length() >= 2 && bare.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')) {
            acronyms.put(bare, known);
        } else {
            names.put(Lexicon.key(name), known);
            if (name.indexOf(' ') < 0 && name.chars().skip(1).anyMatch(Character::isUpperCase)) {
                ownNames.add(Lexicon.key(name));
            }
        }
    }

    private void addNameIfAbsent(String name, Known known) {
        String bare = name.replace(".", "");
        if (!acronyms.containsKey(bare) && !names.containsKey(Lexicon.key(name))) {
            addName(name, known);
        }
    }

    private static final class Holder {
        private static final Gazetteer INSTANCE = new Gazetteer();
    }

    /** Loaded once per JVM: the lists are a few MB and never change at run time. */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    public Known lookup(String phraseKey) {
        Known found = names.get(phraseKey);
        return found != null ? found : lookupFolded(phraseKey);
    }

    /** Whether the lists hold the phrase as written, accents included, not only by its folded form ("Cómo" is not Como). */
    public boolean knowsAsWritten(String phraseKey, LanguageProfile language) {
        return names.containsKey(phraseKey) || localNames(language).exact.containsKey(phraseKey);
    }

    /** "Sao Paulo" and "Río de Janeiro" for São Paulo and Rio de Janeiro. */
    private Known lookupFolded(String phraseKey) {
        String bare = Lexicon.fold(phraseKey);
        Known found = bare != phraseKey ? names.get(bare) : null;
        return found != null ? found : folded.get(bare);
    }

    /**
     * A name in the article's language first (Deutschland in German text), then the names every language
     * writes alike (Berlin, NATO). Where the language inflects nouns (России, Deutschlands) a one-word name
     * is also found by its Snowball stem.
     */
    public Known lookup(String phraseKey, LanguageProfile language) {
        if (language.isEnglish()) {
            Known found = lookup(phraseKey);
            return found != null ? found : localNames(language).towns.get(phraseKey);
        }
        LocalNames local = localNames(language);
        Known found = local.exact.get(phraseKey);
        if (found == null) {
            found = lookup(phraseKey);
            if (found != null && phraseKey.indexOf(' ') < 0 && !ownNames.contains(phraseKey) && latin(phraseKey)
                    && !Lexicon.fold(phraseKey).equals(Lexicon.fold(Lexicon.key(found.canonical())))) {
                // A one-word alias from the English-built lists ("Mann" for the Isle of Man) is an ordinary
                // word in some other language; there only canonical names and this language's own names count.
                // An alias in another script (Кремля, Евросоюз) is no word of a Latin-script language.
                found = null;
            }
        }
        if (found == null && INFLECTING.contains(language.code()) && language.hasStemmer()) {
            found = local.stemmed.get(stemmedPhrase(phraseKey, language));
        }
        return found;
    }

    private static boolean latin(String phraseKey) {
        return !phraseKey.isEmpty() && Character.UnicodeScript.of(phraseKey.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** Languages whose nouns take case endings, where a place name is matched by its stem too. */
    private static final Set<String> INFLECTING = Set.of("ru", "de", "pl", "cs", "uk", "fi", "hu", "tr", "sv", "da", "no");

    /** BGN/PCGN, not ICU's default Any-Latin, because that is how the first-name lists spell Russian names. */
    private static final MemoisedTransliterator CYRILLIC_TO_LATIN = new MemoisedTransliterator("Russian-Latin/BGN; Latin-ASCII");

    private final Map<String, LocalNames> localNames = new ConcurrentHashMap<>();

    private LocalNames localNames(LanguageProfile language) {
        return localNames.computeIfAbsent(language.code(), code -> new LocalNames(language));
    }

    /** The names by their key without accents, where that key is no name itself and no two names fold alike. */
    private static Map<String, Known> folded(Map<String, Known> names) {
        Map<String, Known> folded = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        names.forEach((key, known) -> {
            String bare = Lexicon.fold(key);
            if (bare != key && !names.containsKey(bare)) {
                Known previous = folded.putIfAbsent(bare, known);
                if (previous != null && !previous.equals(known)) {
                    ambiguous.add(bare);
                }
            }
        });
        folded.keySet().removeAll(ambiguous);
        return folded;
    }

    private final class LocalNames {
        /** The language's names, and by their key without accents ("egypte" for Égypte: French drops the accent on a capital). */
        final Map<String, Known> exact;
        final Map<String, Known> stemmed = new HashMap<>();
        final Set<String> prefixes = new HashSet<>();
        /** Beginnings of the names of several words by their stems, so an inflected name is grown word by word. */
        final Set<String> stemmedPrefixes = new HashSet<>();
        /** The towns alone: English asks them after the names every language shares, and no CLDR names of its own. */
        final Map<String, Known> towns;
        final Set<String> townPrefixes = new HashSet<>();
        /** {@link #beginsLongerName} answers. */
        final BoundedMemo<Boolean> beginsLongerName = new BoundedMemo<>(MEMO_BOUND);

        LocalNames(LanguageProfile language) {
            exact = new HashMap<>(LocalisedPlaceNames.of(language.code(), english -> names.get(Lexicon.key(english)),
                    name -> firstName(name) != null));
            // One map to ask: a lookup miss, the common case, costs one probe rather than two.
            folded(exact).forEach(exact::putIfAbsent);
            addPrefixes(exact.keySet(), prefixes);
            if (language.hasStemmer()) {
                exact.forEach((key, known) -> {
                    if (key.indexOf(' ') < 0) {
                        stemmed.putIfAbsent(language.stem(key), known);
                    }
                });
                if (INFLECTING.contains(language.code())) {
                    // Names of several words in their oblique cases ("Stanów Zjednoczonych", "Vereinigten Staaten").
                    Map<String, Known> phrases = new HashMap<>();
                    exact.forEach((key, known) -> {
                        if (key.indexOf(' ') > 0) {
                            phrases.putIfAbsent(stemmedPhrase(key, language), known);
                        }
                    });
                    phrases.forEach(stemmed::putIfAbsent);
                    addPrefixes(phrases.keySet(), stemmedPrefixes);
                }
            }
            // Towns by their written forms only: by their stems "Dorfen" and "Bretten" would be "Dorf" and "Brett".
            towns = towns(language);
            folded(towns).forEach(towns::putIfAbsent);
            towns.forEach(exact::putIfAbsent);
            addPrefixes(towns.keySet(), prefixes);
            addPrefixes(towns.keySet(), townPrefixes);
        }

        /**
         * The towns of the language's countries and the large towns of every list ({@link Towns}), where no name is written alike and the town's name is
         * no word of the language: not an ordinary word or a common noun ("Hof", "Laufen"), not a given name or a surname
         * the dictionary lists ("Marino"), not a stopword.
         */
        private Map<String, Known> towns(LanguageProfile language) {
            Morphology words = Morphology.lexicon(language.code());
            Morphology dictionary = Morphology.of(language.code());
            Map<String, Known> towns = new HashMap<>();
            List<Towns.Town> all = java.util.stream.Stream.concat(Towns.of(language.code()).stream(),
                    Towns.large().stream()).toList();
            for (Towns.Town town : all) {
                String key = Lexicon.key(town.name());
                // A town the lists know by an alias only English reads (WordNet's "Venezia" for Venice) is that place here.
                Known listed = lookup(key);
                if (!exact.containsKey(key) && !towns.containsKey(key) && (listed == null || listed.type() == EntityType.LOCATION)
                        && (key.indexOf(' ') > 0 || onlyAName(town.name(), key, language, words, dictionary))) {
                    towns.put(key, listed != null ? listed : new Known(town.name(), EntityType.LOCATION));
                }
            }
            return towns;
        }

        private boolean onlyAName(String name, String key, LanguageProfile language, Morphology words, Morphology dictionary) {
            Token word = new Token(name, name, key, 0, name.length(), 0, 0, false, 0);
            // English has no dictionary here: a town its word statistics see in lower case ("March", "Bath", "Stone") is left out.
            return !language.isStopword(key) && firstName(name) == null && !words.ordinaryWord(word)
                    && !(language.isEnglish() && WordStats.get().isAlsoOrdinaryWord(name))
                    && !dictionary.capitalisedCommonNoun(word) && !dictionary.commonNounOnly(word)
                    && !dictionary.nameTypes(word).contains(EntityType.PERSON);
        }
    }

    public Known lookupAcronym(String token) {
        String bare = token.replace(".", "");
        Known known = acronyms.get(bare);
        return known != null ? known : names.get(Lexicon.key(token));
    }

    public int longestNameTokens() {
        return longestName;
    }

    /**
     * A nationality, religion or political group (OntoNotes' NORP): its canonical word and, for a
     * nationality, the country it belongs to. A plural ("Americans") is read as its singular.
     */
    public record Affiliation(String canonical, String country) {
    }

    public Affiliation affiliation(String word, LanguageProfile language) {
        String key = Lexicon.key(word);
        Affiliation found = demonyms.get(key);
        if (found == null && key.endsWith("s")) {
            found = demonyms.get(key.substring(0, key.length() - 1));
        }
        return found == null && language.code().equals("fr") ? frenchDemonyms.get(key) : found;
    }

    public boolean isDemonym(String word, LanguageProfile language) {
        return affiliation(word, language) != null;
    }

    public boolean isTitle(String phraseKey) {
        return titles.contains(phraseKey);
    }

    /** One-word titles written with a full stop ("Sen.", "Dr."), as listed: no sentence ends after them. */
    public List<String> abbreviatedTitles() {
        return List.copyOf(abbreviatedTitles);
    }

    public boolean isOrgHead(String word) {
        return orgHeads.contains(Lexicon.key(word));
    }

    /** True for a first name that is not also a common word; false for weak ones (Will, May); null if unknown. */
    public Boolean firstName(String word) {
        return firstNameOfLowerCase(word.toLowerCase(Locale.ROOT));
    }

    /** {@link #firstName} of a word already in lower case (a token's {@code lower}), asked of every token by the taggers. */
    public Boolean firstNameOfLowerCase(String lower) {
        // The script test only where a Cyrillic letter can be: it is a search through Unicode's script table.
        if (!lower.isEmpty() && lower.charAt(0) >= '\u0400' && Character.UnicodeScript.of(lower.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
            // Дмитрий → Dmitriy: the lists are in Latin letters; the BGN/PCGN romanisation is the one
            // English-language news uses, and the transliteration table maps its spelling variants.
            lower = CYRILLIC_TO_LATIN.transliterate(lower);
        }
        return firstNames.get(lower);
    }

    /**
     * 'f' or 'm' when a given name is on only one of the two first-name lists (transliterations read as
     * their canonical spelling); null when it is on both or neither: then the name says nothing.
     */
    public Character gender(String givenName) {
        return genders.get(canonicalGivenName(givenName).toLowerCase(Locale.ROOT));
    }

    /** Weekdays and most months end a run of names ("Senate Monday"). */
    public boolean isRunBreaker(String word) {
        return runBreakers.contains(word);
    }

    /** Weekdays, months, compass words: capitalised but never an entity alone. */
    /** Whether a known place is a country (its canonical name): a national team keeps its country's type. */
    public boolean isCountry(Known place) {
        return countries.contains(place.canonical());
    }

    /** Whether a known place is a city (its canonical name), not a country, region or site. */
    public boolean isCity(Known place) {
        return cities.contains(place.canonical()) || isTown(place);
    }

    /** Whether a known place is one of the towns only their own countries' languages know ({@link Towns}). */
    public boolean isTown(Known place) {
        return place.type() == EntityType.LOCATION && Towns.named(place.canonical());
    }

    /** A name CLDR gives a country or area in English (a phrase key): "Turkey" names the country, whatever else it means. */
    public boolean isRegionName(String phraseKey) {
        return regionNames.contains(phraseKey);
    }

    public boolean isNonEntity(String word) {
        return nonEntities.contains(word);
    }

    /** The canonical spelling of a transliterated given name (Sergey → Sergei), or the name itself. */
    public String canonicalGivenName(String given) {
        return transliterations.getOrDefault(given.toLowerCase(Locale.ROOT), given);
    }
}
