package io.newswire.streams.enrich;

/**
 * What the cross-language story linker compares of a person's id: a key that one person's name has in every
 * Latin-script press, where each language writes a foreign name by its own spelling rules — Putin and
 * Poutine, Zelensky, Selenskyj and Zelenski, Netanyahu, Netanjahu and Netanyahou, Peskov and Peskow. The key
 * is the consonant skeleton of the first and last word (vowels, y and j dropped; w read as v, z as s, kh and
 * ch as h, c and q as k, doubled letters once), so Vladimir and Volodymyr meet too, as the transliterations
 * of one Cyrillic name do.
 *
 * <p>Commons Codec's Beider–Morse was tried first: it matches Peskow/Peskov and Lawrow/Lavrov but not
 * Poutine/Putin or Selenskyj/Zelensky, the variants French and German news write most. The skeleton is
 * coarse, so it is taken only for ids that start with a given name the lists hold as one (not a word) and
 * have two or three words; on the gazetteer's place and organisation names this leaves one collision
 * (north-western-province / north-central-province), and the linker still needs two shared ids to link.
 * Other ids are their own key.
 */
public final class NameVariants {

    /** How a person's key begins: no id does, as ids have no colon. */
    public static final String PERSON_KEY = "person:";

    private NameVariants() {
    }

    public static String linkKey(String id) {
        int first = id.indexOf('-');
        int last = id.lastIndexOf('-');
        if (first < 3 || last == id.length() - 1 || (last != first && id.indexOf('-', first + 1) != last)) {
            return id;
        }
        String given = id.substring(0, first);
        if (!Boolean.TRUE.equals(Gazetteer.get().firstName(given))) {
            return id;
        }
        String surname = skeleton(id.substring(last + 1));
        return surname.length() < 2 ? id : PERSON_KEY + skeleton(given) + "|" + surname;
    }

    static String skeleton(String word) {
        String w = word.replace("tsch", "ch").replace("sch", "sh").replace("tch", "ch").replace("kh", "h").replace("ch", "h")
                .replace("ph", "f").replace("x", "ks");
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = switch (w.charAt(i)) {
                case 'w' -> 'v';
                case 'z' -> 's';
                case 'c', 'q' -> 'k';
                case 'a', 'e', 'i', 'o', 'u', 'y', 'j' -> 0;
                default -> w.charAt(i);
            };
            if (c != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
