package io.newswire.streams.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What a language's part-of-speech dictionary says of a word form: its word classes ("SUB" for a German
 * common noun, "EIG.NAC" for a surname, "EIG.STD" for a city; "NN.Fam" for a Russian surname; "NP.SP"
 * for a Spanish person's name, "ENM.LOC" for a Dutch place) and its lemma (Москвы → москва). This is
 * what tells a German noun from a German name where capitalisation cannot, and types a Spanish or Dutch
 * name no gazetteer knows. The dictionaries are LanguageTool's, read with Morfologik: German from Morphy
 * (german-pos-dict, CC BY-SA 4.0), Russian from AOT (LGPL, in LanguageTool's language-ru), Spanish
 * (spanish-pos-dict, LGPL), Dutch (dutch-pos-dict, CC BY 3.0 or BSD), Portuguese
 * (portuguese-pos-dict, LGPL) and Polish (PoliMorf in morfologik-polish, BSD).
 */
final class Morphology {

    /** The word classes of a form, "+"-joined and sorted, and its first lemma; "?" and the form itself when unknown. */
    record Reading(String classes, String lemma) {
    }

    private static final Map<String, String> DICTIONARIES = Map.of(
            "de", "/org/languagetool/resource/de/german.dict",
            "ru", "/org/languagetool/resource/ru/russian.dict",
            "es", "/org/languagetool/resource/es/es-ES.dict",
            "nl", "/org/languagetool/resource/nl/dutch.dict",
            "pt", "/org/languagetool/resource/pt/portuguese.dict",
            "pl", "/morfologik/stemming/polish/polish.dict");
    private static final Map<String, EntityType> NAME_CLASSES = Map.of(
            "ENM.ORG", EntityType.ORGANIZATION, "NP.O", EntityType.ORGANIZATION,
            "ENM.LOC", EntityType.LOCATION, "NP.G", EntityType.LOCATION,
            "ENM.PER", EntityType.PERSON, "NP.SP", EntityType.PERSON);

    /** Common-noun classes: Spanish and Portuguese "NC", Dutch "ZNW", German "SUB". */
    private static final Set<String> COMMON_NOUN_CLASSES = Set.of("NC", "ZNW", "SUB");
    private static final Set<String> NAME_CLASS_HEADS = Set.of("NP", "ENM", "EIG");
    private static final Map<String, Morphology> LOADED = new java.util.concurrent.ConcurrentHashMap<>();
    static final Morphology NONE = new Morphology(null, false, c -> false, false);

    /**
     * The classes of words that say nothing of what an article is about, in each dictionary's tag set: adverbs,
     * prepositions, conjunctions, particles, pronouns, articles, interjections and number words (German Morphy, Russian
     * AOT, Polish PoliMorf, Dutch, and the EAGLES tags of Spanish and Portuguese by their first letter).
     */
    private static final Set<String> EAGLES_FUNCTION_HEADS = Set.of("R", "S", "C", "D", "P", "I");
    private static final Map<String, java.util.function.Predicate<String>> FUNCTION_CLASSES = Map.of(
            "de", Set.of("ADV", "KON", "NEG", "PRO", "PRP", "ZUS", "ART", "INT", "ZAL")::contains,
            "ru", Set.of("ADV", "PREP", "PARTICLE", "PNN", "CONJ", "INTERJECTION", "PARENTHESIS", "NumC")::contains,
            "pl", Set.of("adv", "prep", "qub", "conj", "comp", "ppron3", "ppron12", "siebie", "interj", "brev")::contains,
            "nl", Set.of("BYW", "VRZ", "VNW", "VGW", "TSW", "LID")::contains,
            "es", c -> EAGLES_FUNCTION_HEADS.contains(c.substring(0, 1)),
            "pt", c -> EAGLES_FUNCTION_HEADS.contains(c.substring(0, 1)),
            // French word list (Dicollecte's tags, class letter then a space or the frequency letter): adverb, conjunction,
            // determiner, pronoun, preposition; Italian (Morph-it!): the same and the auxiliaries.
            "fr-words", c -> "ACDRP".indexOf(c.charAt(0)) >= 0 && (c.length() == 2 || c.charAt(1) == ' '),
            "it-words", c -> c.startsWith("ADV") || c.startsWith("ART") || c.startsWith("CON") || c.startsWith("DET")
                    || c.startsWith("PRE") || c.startsWith("PRO") || c.startsWith("WH") || c.startsWith("AUX") || c.startsWith("NEG"));

    private final java.util.function.Predicate<String> functionClass;
    /** Morph-it! lists most Italian function words as adjectives too ("dopo", "poco", "qualche"). */
    private final boolean functionWordsAsAdjectives;
    /** Italian verb classes: full verb, auxiliary, aspectual (stare), causative (fare). */
    private static final Set<String> ITALIAN_VERB_CLASSES = Set.of("VER", "AUX", "ASP", "CAU");

    private final Dictionary dictionary;
    private final boolean lowerCaseEntries;
    private final ThreadLocal<Entries> entries;
    /*
     * What the dictionary says of the forms articles repeat, shared by the stream threads: a walk through the
     * compressed automaton costs about a microsecond and an article asks of one capitalised word several times (as a
     * name, by its lemma, as a sentence opener), so the walks took a sixth of German enrichment. Shared rather than one
     * per thread because the thread-local's own lookup on every ask cost 3 % of German and Russian enrichment; the
     * automaton's reader, which reuses its buffers, stays one per thread and is reached only on a miss.
     */
    private final BoundedMemo<Entry> forms = new BoundedMemo<>(Entries.CAPACITY);
    private final java.util.function.Function<String, Entry> readForm;

    private Morphology(Dictionary dictionary, boolean lowerCaseEntries, java.util.function.Predicate<String> functionClass,
                       boolean functionWordsAsAdjectives) {
        this.dictionary = dictionary;
        this.lowerCaseEntries = lowerCaseEntries;
        this.functionClass = functionClass;
        this.functionWordsAsAdjectives = functionWordsAsAdjectives;
        this.entries = ThreadLocal.withInitial(() -> dictionary == null ? null : new Entries(dictionary));
        this.readForm = form -> entries.get().read(form);
    }

    /**
     * Dictionaries read only to tell an ordinary word from a name ({@link #lexicon}): the Italian (Morph-it!) and
     * French ones type no names, and used by the chunker as well the Italian one joined "Procura di Milano" into one
     * name (KIND LOC −0.004). The French proper-noun tag ("Z") is not read as a name, so a French proper noun with
     * an ordinary lower-case twin ("Croix", "Valence") counts as an ordinary word and stays untyped.
     */
    private static final Map<String, String> WORD_LISTS = Map.of(
            "it", "/org/languagetool/resource/it/italian.dict",
            "fr", "/org/languagetool/resource/fr/french.dict");

    static Morphology of(String language) {
        return load(language, DICTIONARIES.get(language));
    }

    /** The language's dictionary, or its word list where it has only that: for {@link #ordinaryWord} alone. */
    static Morphology lexicon(String language) {
        String list = WORD_LISTS.get(language);
        return list == null ? of(language) : load(language + "-words", list);
    }

    private static Morphology load(String language, String path) {
        if (path == null) {
            return NONE;
        }
        return LOADED.computeIfAbsent(language, code -> {
            URL url = Morphology.class.getResource(path);
            if (url == null) {
                throw new IllegalStateException("The " + code + " part-of-speech dictionary is missing from the class path: " + path);
            }
            try {
                // The Russian dictionary holds every form in lower case, names included; the German one keeps their case.
                return new Morphology(Dictionary.read(url), language.equals("ru"), FUNCTION_CLASSES.getOrDefault(language, c -> false),
                        language.equals("it-words"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the " + code + " part-of-speech dictionary", e);
            }
        });
    }

    /**
     * This thread's table of the hashes of a form's classes and lemma ({@link NameFeatures#value}): what the tagger
     * needs, looked up in the dictionary once per thread for the words an article repeats. Taken once by a caller
     * that asks of every word of an article, not by a thread-local lookup per word.
     */
    HashedReadings hashedReadings() {
        return hashed.get();
    }

    private final ThreadLocal<HashedReadings> hashed = ThreadLocal.withInitial(HashedReadings::new);

    /**
     * Open addressing on the form's 64-bit hash, [key, classes, lemma] per slot; emptied when half full,
     * which bounds its memory (1.5 MB) and keeps probes short, with no bookkeeping per hit.
     */
    final class HashedReadings {
        private static final int SLOTS = 1 << 16;
        private final long[] slots = new long[3 * SLOTS];
        private int size;

        void get(Token token, long[] out) {
            long key = NameFeatures.value(token.norm()) | 1;
            int slot = (int) (key ^ (key >>> 29)) & (SLOTS - 1);
            while (slots[3 * slot] != 0 && slots[3 * slot] != key) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            if (slots[3 * slot] == 0) {
                if (size >= SLOTS / 2) {
                    java.util.Arrays.fill(slots, 0);
                    size = 0;
                    get(token, out);
                    return;
                }
                Reading reading = read(token);
                slots[3 * slot] = key;
                slots[3 * slot + 1] = NameFeatures.value(reading.classes());
                slots[3 * slot + 2] = NameFeatures.value(reading.lemma());
                size++;
            }
            out[0] = slots[3 * slot + 1];
            out[1] = slots[3 * slot + 2];
        }
    }

    boolean known() {
        return dictionary != null;
    }

    Reading read(Token token) {
        if (dictionary == null) {
            return new Reading("?", token.lower());
        }
        String form = token.norm();
        Reading reading = lookup(lowerCaseEntries ? token.lower() : form);
        if (reading == null && !lowerCaseEntries && !form.equals(token.lower())) {
            // A sentence-initial "Die" or "Laufen" is listed in lower case.
            reading = lookup(token.lower());
        }
        return reading == null ? new Reading("?", token.lower()) : reading;
    }

    /**
     * The name with each word the dictionary lists as a name's inflected form replaced by that name
     * (a lemma written with a capital): "Kim Dzong Una" → "Kim Dzong Un"; other words stay as written.
     */
    String nameInBaseForm(String name) {
        return nameInBaseForm(name, false);
    }

    /**
     * As {@link #nameInBaseForm(String)}; for a person's name ({@code person}) a surname the dictionary does not know takes
     * off the case ending its given name took off ("Emmanuelem Macronem" → "Emmanuel Macron", "Donalda Bidena"): a given
     * name and its surname agree in case, and foreign surnames are in no dictionary.
     */
    String nameInBaseForm(String name, boolean person) {
        if (dictionary == null || lowerCaseEntries) {
            return name;
        }
        String[] words = name.split(" ");
        boolean changed = false;
        String ending = null;
        for (int i = 0; i < words.length; i++) {
            String base = null;
            for (String lemma : entry(words[i]).lemmas()) {
                if (!lemma.isEmpty() && Character.isUpperCase(lemma.charAt(0))) {
                    base = lemma;
                    break;
                }
            }
            if (base != null) {
                ending = base.length() < words[i].length() && words[i].startsWith(base) ? words[i].substring(base.length()) : null;
            } else if (person && ending != null && words[i].length() > ending.length() + MIN_STEM && words[i].endsWith(ending)) {
                base = words[i].substring(0, words[i].length() - ending.length());
            }
            if (base != null) {
                changed |= !base.equals(words[i]);
                words[i] = base;
            }
        }
        return changed ? String.join(" ", words) : name;
    }

    /** The shortest surname left once a case ending is taken off ("Li", "Wu" keep theirs). */
    private static final int MIN_STEM = 2;

    /** One reading of a form as the dictionary has it: lemma and full tag ("путин", "NN:Fam:Masc:Sin:R"). */
    record Tagged(String lemma, String tag) {
    }

    /** Every reading of the form (lower-cased where the dictionary is), uncached: for the few words a caller inspects closely. */
    List<Tagged> tagged(String form) {
        if (dictionary == null) {
            return List.of();
        }
        return entries.get().tagged(lowerCaseEntries ? form.toLowerCase(Locale.ROOT) : form);
    }

    /**
     * The dictionary lists the name as an ordinary word: in lower case ("unité", "noord"), or, where the language
     * capitalises its nouns, as written but not as a name ("Marken"). No answer where it lists every word in lower
     * case, names included, as Russian's does.
     */
    boolean listsAsOrdinaryWord(String name, boolean capitalisesNouns) {
        if (dictionary == null || lowerCaseEntries) {
            return false;
        }
        if (!tagged(name.toLowerCase(Locale.ROOT)).isEmpty()) {
            return true;
        }
        Reading exact = capitalisesNouns ? lookup(name) : null;
        return exact != null && classes(exact).noneMatch(c -> NAME_CLASS_HEADS.contains(c.split("\\.")[0]));
    }

    /** The lemmas of the form as written (Iranem → Iran, Rosji → Rosja, Москвы → москва); none when unknown. */
    List<String> lemmas(Token token) {
        if (dictionary == null) {
            return List.of();
        }
        return entry(lowerCaseEntries ? token.lower() : token.norm()).lemmas();
    }

    /** The lemmas of the form in lower case, as a common noun opening a name is listed ("Ministerstwa" → ministerstwo). */
    List<String> lowerCaseLemmas(Token token) {
        if (dictionary == null) {
            return List.of();
        }
        return entry(token.lower()).lemmas();
    }

    /** The types of name the dictionary lists this very form as (not its lower-case twin): Philips is a company and a surname. */
    Set<EntityType> nameTypes(Token token) {
        if (dictionary == null || lowerCaseEntries) {
            return Set.of();
        }
        Reading reading = lookup(token.norm());
        if (reading == null) {
            return Set.of();
        }
        Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
        for (String coarse : reading.classes().split("\\+")) {
            EntityType type = NAME_CLASSES.get(coarse);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    /**
     * The dictionary lists the word, in lower case, as a common noun, and the capitalised form as no name
     * and no adjective (Dutch lists "Amerikaanse" as written, an adjective and a noun).
     */
    boolean commonNounOnly(Token token) {
        if (dictionary == null || lowerCaseEntries) {
            return false;
        }
        Reading exact = lookup(token.norm());
        if (exact != null && classes(exact).anyMatch(c -> NAME_CLASS_HEADS.contains(c.split("\\.")[0]) || c.equals("BNW") || c.startsWith("AQ"))) {
            return false;
        }
        Reading lower = lookup(token.lower());
        return lower != null && classes(lower).anyMatch(COMMON_NOUN_CLASSES::contains);
    }

    /** The dictionary lists this form, as written with its capital, as a common noun and never as a name ("Unterstützung"; not "Müller"). */
    boolean capitalisedCommonNoun(Token token) {
        if (dictionary == null || lowerCaseEntries) {
            return false;
        }
        Reading exact = lookup(token.norm());
        return exact != null && classes(exact).anyMatch(COMMON_NOUN_CLASSES::contains)
                && classes(exact).noneMatch(c -> NAME_CLASS_HEADS.contains(c.split("\\.")[0]));
    }

    /**
     * Whether a German compound's head (the part after its last hyphen; the whole word without one) is a common
     * noun: the dictionary lists the head, or its longest ending of four letters or more written with a capital
     * ("Kommissionspräsidentin" → "Präsidentin", "Opernregisseur" → "Regisseur"), as a common noun and never as
     * a name. "US-Truppen", "EU-Kommissionspräsidentin" are nouns about a name; "Tel-Aviv",
     * "Mönchengladbach-Neuwerk" are names.
     */
    boolean commonNounHead(String compound) {
        return commonNounHeadOf(compound) != null;
    }

    /** A common noun as written ("Außenminister"), or a compound whose head is one ("Neujahrsansprache"). */
    boolean commonNounOrCompoundOfOne(Token word) {
        return capitalisedCommonNoun(word) || commonNounHead(word.norm());
    }

    /** The common noun {@link #commonNounHead} finds, capitalised as the dictionary lists it ("Uniform" of "Militäruniform"); null when none. */
    String commonNounHeadOf(String compound) {
        int hyphen = compound.lastIndexOf('-');
        if (dictionary == null || lowerCaseEntries || hyphen + 2 > compound.length()) {
            return null;
        }
        String head = compound.substring(hyphen + 1);
        for (int from = 0; from + 4 <= head.length(); from++) {
            String part = from == 0 ? head : Character.toUpperCase(head.charAt(from)) + head.substring(from + 1);
            Reading reading = lookup(part);
            if (reading != null) {
                boolean noun = classes(reading).anyMatch(COMMON_NOUN_CLASSES::contains) && classes(reading).noneMatch(c -> NAME_CLASS_HEADS.contains(c.split("\\.")[0]));
                return noun ? part : null;
            }
        }
        return null;
    }

    /** The dictionary reads this form only as an inflected form of other words: "Moskaus", "России" (of a name the caller knows). */
    boolean inflectedForm(Token token) {
        List<String> lemmas = lemmas(token);
        return !lemmas.isEmpty() && lemmas.stream().noneMatch(lemma -> lemma.equalsIgnoreCase(token.norm()));
    }

    /**
     * A word the dictionary lists in lower case and not as a name when capitalised: "Mañana" opening a
     * sentence is the adverb (a German noun is listed capitalised, so it never is one).
     */
    boolean ordinaryWord(Token token) {
        if (dictionary == null || lowerCaseEntries || token.norm().equals(token.lower())) {
            return false;
        }
        Reading exact = lookup(token.norm());
        return (exact == null || classes(exact).noneMatch(c -> NAME_CLASS_HEADS.contains(c.split("\\.")[0]))) && lookup(token.lower()) != null;
    }

    /**
     * The dictionary lists the form as written as a person's name and as nothing else, and has no lower-case twin of it:
     * "Geert", "Milagros" (not Dutch "Londen" or "Grote", which it also lists as names).
     */
    boolean personNameOnly(Token token) {
        if (dictionary == null || lowerCaseEntries) {
            return false;
        }
        Reading exact = lookup(token.norm());
        return exact != null && classes(exact).allMatch(c -> NAME_CLASSES.get(c) == EntityType.PERSON) && lookup(token.lower()) == null;
    }

    /**
     * The dictionary lists the form as written, with its capital, as an adjective or a common noun too: Dutch writes the
     * words of peoples so ("Franse", "Fransen", "Amerikanen"), which it may also list as surnames.
     */
    boolean capitalisedAdjectiveOrNoun(Token token) {
        if (dictionary == null || lowerCaseEntries || token.norm().equals(token.lower())) {
            return false;
        }
        Reading exact = lookup(token.norm());
        return exact != null && classes(exact).anyMatch(c -> c.equals("BNW") || c.startsWith("AQ") || COMMON_NOUN_CLASSES.contains(c));
    }

    /**
     * The dictionary lists the form as written, with its capital, as an adjective: "Brusselse", "Madrileña". Its lemma
     * (Brussel) names a place the adjective only describes, as CoNLL's sets count it.
     */
    boolean capitalisedAdjective(Token token) {
        if (dictionary == null || lowerCaseEntries || token.norm().equals(token.lower())) {
            return false;
        }
        Reading exact = lookup(token.norm());
        return exact != null && classes(exact).anyMatch(c -> c.equals("BNW") || c.startsWith("AQ") || c.equals("ADJ"));
    }

    /**
     * The dictionary lists the lower-case word only in classes that say nothing of an article's subject: "immer",
     * "gegenüber", "también", "очень", "bardzo", "reeds", and German's auxiliary and modal verbs. Unlisted words (names,
     * rare nouns) are content.
     */
    boolean functionWordOnly(String lower) {
        // Asked of every keyword candidate and sentence opener; a verb's answer walks all its readings, so it is kept.
        return dictionary != null && functionWords.get(lower, this::functionWordOnlyUncached);
    }

    private final BoundedMemo<Boolean> functionWords = new BoundedMemo<>(Entries.CAPACITY);

    private boolean functionWordOnlyUncached(String lower) {
        Reading reading = lookup(lower);
        if (reading == null) {
            return false;
        }
        if (reading.classes().equals("VER")) {
            // German "wurde", "sei", "kann": every reading a verb, one of them an auxiliary's or a modal's (Morphy's tags).
            List<Tagged> readings = tagged(lower);
            return readings.stream().anyMatch(t -> t.tag().startsWith("VER:AUX") || t.tag().startsWith("VER:MOD"))
                    && readings.stream().allMatch(t -> t.tag().startsWith("VER"));
        }
        if (lowerCaseEntries && (reading.classes().contains("ADJ") || reading.classes().contains("VB"))) {
            // Russian "свой", "который", "этот" are pronouns AOT tags as adjectives (ADJ:MPR), and "будут", "было" the
            // auxiliary's forms: "своего" and "будут" had been keywords of Russian articles.
            return tagged(lower).stream().allMatch(t -> t.tag().startsWith("ADJ:MPR") || t.lemma().equals("быть")
                    || functionClass.test(coarse(t.tag())));
        }
        if (functionWordsAsAdjectives && classes(reading).anyMatch(functionClass)) {
            // "dopo", "qualche" (adverb, preposition or determiner, and an adjective), "stata", "venne" (an auxiliary's forms):
            // they had been keywords of Italian articles. A noun reading keeps the word ("stato", the state).
            return classes(reading).allMatch(c -> functionClass.test(c) || c.equals("ADJ") || ITALIAN_VERB_CLASSES.contains(c));
        }
        if (classes(reading).anyMatch(functionClass) && !classes(reading).allMatch(functionClass)) {
            // "además", "así", "entre": a function word that is also the form of a rarer verb (ademar, asir, entrer) is the
            // function word; a noun reading keeps the word ("contre", "vers"), as does a verb of its own lemma.
            return tagged(lower).stream().allMatch(t -> functionClass.test(coarse(t.tag()))
                    || t.tag().startsWith("V") && !t.lemma().equals(lower));
        }
        return classes(reading).allMatch(functionClass);
    }

    /** The dictionary lists the lower-case form as an adjective (Spanish and Portuguese "AQ": "española"; German "ADJ": "politische"; Polish "adj": "narodowy"). */
    boolean adjective(Token token) {
        if (dictionary == null || lowerCaseEntries) {
            return false;
        }
        Reading reading = lookup(token.lower());
        return reading != null && classes(reading).anyMatch(Morphology::adjectiveClass);
    }

    /** The dictionary lists the word in lower case too, whatever it lists it as with its capital ("nato" beside "Nato"). */
    boolean lowerCaseTwin(Token token) {
        return dictionary != null && !lowerCaseEntries && !token.norm().equals(token.lower()) && lookup(token.lower()) != null;
    }

    /** The dictionary lists the lower-case form as an adjective and as nothing else: not "junto", "verso", "organizzato", "italiano". */
    boolean adjectiveOnly(Token token) {
        if (dictionary == null || lowerCaseEntries) {
            return false;
        }
        Reading reading = lookup(token.lower());
        return reading != null && classes(reading).allMatch(Morphology::adjectiveClass);
    }

    /** An adjective's class in EAGLES (Spanish), Morph-it! (Italian), PoliMorf (Polish), Dicollecte (French: "J f pM"). */
    private static boolean adjectiveClass(String c) {
        return c.startsWith("AQ") || c.equals("ADJ") || c.equals("adj") || c.startsWith("J ");
    }

    private static java.util.stream.Stream<String> classes(Reading reading) {
        return java.util.Arrays.stream(CLASS_LISTS.computeIfAbsent(reading.classes(), classes -> classes.split("\\+")));
    }

    /** Each "NC+VMIP" as its classes, split once: a dictionary has a few hundred such combinations and the rules ask of every name. */
    private static final Map<String, String[]> CLASS_LISTS = new java.util.concurrent.ConcurrentHashMap<>();

    private Reading lookup(String form) {
        return entry(form).reading();
    }

    private Entry entry(String form) {
        return forms.get(form, readForm);
    }

    /** What the dictionary says of one form: its coarse reading (null when unlisted) and its lemmas as written, each once. */
    private record Entry(Reading reading, List<String> lemmas) {
        static final Entry UNLISTED = new Entry(null, List.of());
    }

    /** The dictionary's reader on one thread: morfologik's lookup reuses its buffers and readings. */
    private static final class Entries {
        private static final int CAPACITY = 30_000;
        private final DictionaryLookup lookup;

        Entries(Dictionary dictionary) {
            this.lookup = new DictionaryLookup(dictionary);
        }

        List<Tagged> tagged(String form) {
            List<Tagged> readings = new ArrayList<>(4);
            for (WordData reading : lookup.lookup(form)) {
                readings.add(new Tagged(reading.getStem().toString(), reading.getTag().toString()));
            }
            return readings;
        }

        Entry read(String form) {
            TreeSet<String> classes = null;
            String lemma = null;
            List<String> lemmas = new java.util.ArrayList<>(2);
            // The lookup reuses its WordData objects: each is read at once, never kept.
            for (WordData reading : lookup.lookup(form)) {
                String stem = reading.getStem().toString();
                if (classes == null) {
                    classes = new TreeSet<>();
                    lemma = stem.toLowerCase(Locale.ROOT);
                }
                classes.add(coarse(reading.getTag().toString()));
                if (!lemmas.contains(stem)) {
                    lemmas.add(stem);
                }
            }
            return classes == null ? Entry.UNLISTED : new Entry(new Reading(String.join("+", classes), lemma), List.copyOf(lemmas));
        }
    }

    /**
     * "EIG:AKK:SIN:NEU:ART:STD" → "EIG.STD", "SUB:NOM:SIN:FEM" → "SUB", "NN:Fam:Masc:Sin:Nom" → "NN.Fam";
     * EAGLES tags (Spanish, Portuguese) "NPCNSP0A" → "NP.SP", "NPCSG00A" → "NP.G", "NCMS000Q" → "NC";
     * Dutch "ENM:PER:LST:NIX" → "ENM.PER", "ZNW:EKV:DE_" → "ZNW".
     */
    static String coarse(String tag) {
        if (tag.length() >= 2 && tag.charAt(0) == 'N' && (tag.charAt(1) == 'P' || tag.charAt(1) == 'C') && tag.indexOf(':') < 0) {
            String type = tag.length() >= 6 && tag.charAt(1) == 'P' ? tag.substring(4, 6) : "";
            return switch (type) {
                case "SP" -> "NP.SP";
                case "G0" -> "NP.G";
                case "O0" -> "NP.O";
                default -> tag.substring(0, 2);
            };
        }
        String[] parts = tag.split(":");
        if (parts[0].equals("ENM") && parts.length > 1 && Set.of("PER", "LOC", "ORG").contains(parts[1])) {
            return "ENM." + parts[1];
        }
        String head = parts[0];
        if (head.equals("EIG")) {
            String last = parts[parts.length - 1];
            return last.equals("ART") || last.equals("NOA") || parts.length < 2 ? head : head + "." + last;
        }
        if (head.equals("NN") && parts.length > 1 && (parts[1].equals("Name") || parts[1].equals("Fam") || parts[1].equals("Patr"))) {
            return head + "." + parts[1];
        }
        return head;
    }
}
