package io.newswire.streams.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What a language's part-of-speech dictionary says of a word form: its word classes ("SUB" for a German
 * common noun, "EIG.NAC" for a surname, "EIG.STD" for a city; "NN.Fam" for a Russian surname) and its
 * lemma (Москвы → москва). This is what tells a German noun from a German name where capitalisation
 * cannot. The dictionaries are LanguageTool's, read with Morfologik: German from Morphy
 * (german-pos-dict, CC BY-SA 4.0), Russian from AOT (LGPL, in LanguageTool's language-ru).
 */
final class Morphology {

    /** The word classes of a form, "+"-joined and sorted, and its first lemma; "?" and the form itself when unknown. */
    record Reading(String classes, String lemma) {
    }

    private static final Map<String, String> DICTIONARIES = Map.of(
            "de", "/org/languagetool/resource/de/german.dict",
            "ru", "/org/languagetool/resource/ru/russian.dict");
    private static final Map<String, Morphology> LOADED = new java.util.concurrent.ConcurrentHashMap<>();
    static final Morphology NONE = new Morphology(null, false);

    private final Dictionary dictionary;
    private final boolean lowerCaseEntries;
    private final ThreadLocal<DictionaryLookup> lookups;

    private Morphology(Dictionary dictionary, boolean lowerCaseEntries) {
        this.dictionary = dictionary;
        this.lowerCaseEntries = lowerCaseEntries;
        this.lookups = ThreadLocal.withInitial(() -> dictionary == null ? null : new DictionaryLookup(dictionary));
    }

    static Morphology of(String language) {
        String path = DICTIONARIES.get(language);
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
                return new Morphology(Dictionary.read(url), code.equals("ru"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the " + code + " part-of-speech dictionary", e);
            }
        });
    }

    /**
     * The hashes of the form's classes and lemma ({@link NameFeatures#value}), into {@code out[0]} and
     * {@code out[1]}: what the tagger needs, looked up in the dictionary once per thread for the words an
     * article repeats.
     */
    void hashedReading(Token token, long[] out) {
        hashed.get().get(token, out);
    }

    private final ThreadLocal<HashedReadings> hashed = ThreadLocal.withInitial(HashedReadings::new);

    /**
     * Open addressing on the form's 64-bit hash, [key, classes, lemma] per slot; emptied when half full,
     * which bounds its memory (1.5 MB) and keeps probes short, with no bookkeeping per hit.
     */
    private final class HashedReadings {
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

    private Reading lookup(String form) {
        TreeSet<String> classes = null;
        String lemma = null;
        // The lookup reuses its WordData objects: each is read at once, never kept.
        for (WordData reading : lookups.get().lookup(form)) {
            if (classes == null) {
                classes = new TreeSet<>();
                lemma = reading.getStem().toString().toLowerCase(Locale.ROOT);
            }
            classes.add(coarse(reading.getTag().toString()));
        }
        return classes == null ? null : new Reading(String.join("+", classes), lemma);
    }

    /** "EIG:AKK:SIN:NEU:ART:STD" → "EIG.STD", "SUB:NOM:SIN:FEM" → "SUB", "NN:Fam:Masc:Sin:Nom" → "NN.Fam". */
    static String coarse(String tag) {
        String[] parts = tag.split(":");
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
