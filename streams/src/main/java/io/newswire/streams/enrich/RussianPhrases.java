package io.newswire.streams.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The name of a Russian place or organisation in the nominative, as the entity is named whatever case the article put
 * it in: "на Манежной площади" → Манежная площадь, "по Кронштадтскому бульвару" → Кронштадтский бульвар, "«Голосу
 * Америки»" → Голос Америки, "Капитолия" → Капитолий. Such a name is adjectives agreeing with a head noun, then words
 * that stay as they are (the genitive of "Америки"); the dictionary's readings give the case the adjectives and the
 * head agree in, and LanguageTool's Russian synthesiser (AOT data, LGPL, the same package as the analyser) the
 * nominative forms. A name already readable as a nominative, or with a word the dictionary does not know before its
 * head, is left as written: a wrong base form would be worse than the article's own. People are {@link RussianNames}'.
 */
final class RussianPhrases {

    private static final String SYNTHESISER = "/org/languagetool/resource/ru/russian_synth.dict";
    /* Read once; a lookup keeps buffers of its own, so each thread has one. */
    private static final ThreadLocal<DictionaryLookup> FORMS = ThreadLocal.withInitial(() -> new DictionaryLookup(Synthesiser.DICTIONARY));

    private RussianPhrases() {
    }

    static String inBaseForm(String name, Morphology morphology) {
        String[] words = name.split(" ");
        // Each word's readings, looked up once: the dictionary is asked of every place and organisation an article names.
        List<List<Morphology.Tagged>> readings = new ArrayList<>(words.length);
        int head = 0;
        while (head < words.length) {
            readings.add(morphology.tagged(words[head]));
            if (hasReading(readings.get(head), "NN")) {
                break;
            }
            if (!hasReading(readings.get(head), "ADJ")) {
                return name;
            }
            head++;
        }
        if (head == words.length) {
            return name;
        }
        Morphology.Tagged oblique = null;
        for (Morphology.Tagged reading : readings.get(head)) {
            String[] tag = reading.tag().split(":");
            // A one-word name of a place or an organisation may be a given name's ("«Спартака»", the club): its type says it is
            // no person. Inside a longer name a given name is a person's ("улица Дмитрия Донского").
            boolean commonNoun = tag.length == 5 && tag[0].equals("NN") && (words.length == 1 || !PERSONAL.contains(tag[1]));
            if (commonNoun && adjectivesAgree(readings, head, agreement(tag), tag[4])) {
                if (tag[4].equals("Nom")) {
                    return name;
                }
                oblique = oblique == null ? reading : oblique;
            }
        }
        return oblique == null ? name : nominative(words, readings, head, oblique);
    }

    /** Readings of given names, surnames and patronymics: the head of a longer place's or organisation's name is none of them. */
    private static final Set<String> PERSONAL = Set.of("Name", "Fam", "Patr");

    /** What adjectives agree with: the noun's gender in the singular, its number in the plural. */
    private static String agreement(String[] nounTag) {
        return nounTag[3].equals("PL") ? "PL" : nounTag[2];
    }

    private static String nominative(String[] words, List<List<Morphology.Tagged>> readings, int head, Morphology.Tagged reading) {
        String[] tag = reading.tag().split(":");
        String[] base = words.clone();
        base[head] = form(reading.lemma() + "|" + String.join(":", tag[0], tag[1], tag[2], tag[3], "Nom"), words[head]);
        for (int i = 0; i < head && base[head] != null; i++) {
            String lemma = adjectiveLemma(readings.get(i), agreement(tag), tag[4]);
            base[i] = lemma == null ? null : form(lemma + "|ADJ:Posit:" + agreement(tag) + ":Nom", words[i]);
            if (base[i] == null) {
                return String.join(" ", words);
            }
        }
        return base[head] == null ? String.join(" ", words) : String.join(" ", base);
    }

    private static boolean adjectivesAgree(List<List<Morphology.Tagged>> readings, int head, String agreement, String grammaticalCase) {
        for (int i = 0; i < head; i++) {
            if (adjectiveLemma(readings.get(i), agreement, grammaticalCase) == null) {
                return false;
            }
        }
        return true;
    }

    private static String adjectiveLemma(List<Morphology.Tagged> readings, String agreement, String grammaticalCase) {
        for (Morphology.Tagged reading : readings) {
            String[] tag = reading.tag().split(":");
            if (tag.length == 4 && tag[0].equals("ADJ") && tag[1].equals("Posit") && tag[2].equals(agreement) && tag[3].equals(grammaticalCase)) {
                return reading.lemma();
            }
        }
        return null;
    }

    private static boolean hasReading(List<Morphology.Tagged> readings, String wordClass) {
        return readings.stream().anyMatch(r -> r.tag().startsWith(wordClass + ":"));
    }

    /** The synthesised form written as the article wrote the word: capitalised, or all in capitals. */
    private static String form(String lemmaAndTag, String written) {
        List<WordData> found = FORMS.get().lookup(lemmaAndTag);
        if (found.isEmpty()) {
            return null;
        }
        String form = found.get(0).getStem().toString();
        if (written.equals(written.toUpperCase(Locale.ROOT)) && written.length() > 1) {
            return form.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(form.charAt(0)) + form.substring(1) : form;
    }

    /** Loaded on first use: only Russian articles need it. */
    private static final class Synthesiser {
        static final Dictionary DICTIONARY = read();

        private static Dictionary read() {
            URL url = RussianPhrases.class.getResource(SYNTHESISER);
            if (url == null) {
                throw new IllegalStateException("The Russian synthesiser dictionary is missing from the class path: " + SYNTHESISER);
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Russian synthesiser dictionary", e);
            }
        }
    }
}
