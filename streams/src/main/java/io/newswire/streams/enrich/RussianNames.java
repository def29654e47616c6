package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Russian person's name in the nominative, as the entity is named whatever case the article put it in:
 * "с Владимиром Зеленским" → Владимир Зеленский, "Марии Захаровой" → Мария Захарова. The first name's
 * readings in the dictionary (AOT, which lists first names, surnames and patronymics with gender and case)
 * give the case and gender; every other word must have a reading of that gender and case — a surname
 * (Путина → Путин), an adjectival surname (Навального → Навальный) or a patronymic — or the name is left as
 * written: a wrong base form would be worse than the article's own.
 */
final class RussianNames {

    private RussianNames() {
    }

    static String inBaseForm(String name, Morphology morphology) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return name;
        }
        List<String[]> candidates = new ArrayList<>();
        for (Morphology.Tagged reading : morphology.tagged(words[0])) {
            String[] tag = reading.tag().split(":");
            if (tag.length >= 5 && tag[0].equals("NN") && tag[1].equals("Name") && tag[3].equals("Sin")) {
                String[] candidate = {tag[2], tag[4], reading.lemma()};
                // An oblique reading first: "Дмитрия" is also listed as a rare woman's name in the nominative.
                candidates.add(tag[4].equals("Nom") ? candidates.size() : 0, candidate);
            }
        }
        for (String[] candidate : candidates) {
            if (candidate[1].equals("Nom")) {
                return name;
            }
            String[] base = new String[words.length];
            base[0] = capitalised(candidate[2]);
            for (int i = 1; i < words.length && base[i - 1] != null; i++) {
                base[i] = wordInBaseForm(words[i], candidate[0], candidate[1], morphology);
            }
            if (base[words.length - 1] != null) {
                return String.join(" ", base);
            }
        }
        return name;
    }

    private static String wordInBaseForm(String word, String gender, String grammaticalCase, Morphology morphology) {
        for (Morphology.Tagged reading : morphology.tagged(word)) {
            String[] tag = reading.tag().split(":");
            boolean noun = tag.length >= 5 && tag[0].equals("NN") && tag[3].equals("Sin") && tag[2].equals(gender) && tag[4].equals(grammaticalCase);
            boolean adjective = tag.length >= 4 && tag[0].equals("ADJ") && tag[2].equals(gender) && tag[3].equals(grammaticalCase);
            if (noun && tag[1].equals("Patr")) {
                return patronymic(word, gender);
            }
            if ((noun && tag[1].equals("Fam")) || adjective) {
                String lemma = capitalised(reading.lemma());
                return gender.equals("Fem") ? feminine(lemma, word) : lemma;
            }
        }
        return null;
    }

    /** The dictionary's patronymic lemma is the father's name: the nominative comes from the word's own ending. */
    private static String patronymic(String word, String gender) {
        String lower = word.toLowerCase(Locale.ROOT);
        int stem = lower.lastIndexOf(gender.equals("Fem") ? "вн" : "вич");
        if (stem < 0) {
            return null;
        }
        return word.substring(0, stem) + (gender.equals("Fem") ? "вна" : "вич");
    }

    /** The woman's form of a surname whose lemma the dictionary gives in the man's: Захаров → Захарова, Зеленский → Зеленская. */
    private static String feminine(String masculine, String asWritten) {
        String lower = masculine.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ий") || lower.endsWith("ый") || lower.endsWith("ой")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        if (lower.endsWith("ов") || lower.endsWith("ев") || lower.endsWith("ёв") || lower.endsWith("ин") || lower.endsWith("ын")) {
            return masculine + "а";
        }
        return asWritten;
    }

    private static String capitalised(String lemma) {
        return lemma.isEmpty() ? lemma : lemma.substring(0, 1).toUpperCase(Locale.ROOT) + lemma.substring(1);
    }
}
