package io.newswire.streams.entities;

import io.newswire.avro.EntityRecord;
import io.newswire.streams.enrich.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The partial forms by which a later article may name a known entity. A person of two or more words
 * (typed PERSON by the votes so far: untyped MISC names linked by their last word joined unrelated
 * stories on news_cluster) is found by surname ("putin") and by first and last word ("george-bush" for george-w-bush). A partial
 * name is looked up only under keys that fit its own shape, and a bare word only as a surname when it
 * was not read as a place or an organisation ("Jordan" the country stays the country).
 */
final class NameKeys {

    private NameKeys() {
    }

    static List<String> of(EntityRecord record) {
        List<String> keys = new ArrayList<>();
        String[] words = record.getId().split("-");
        if (words.length >= 2 && EntityType.PERSON.name().equals(record.getType())) {
            keys.add("surname:" + words[words.length - 1]);
        }
        if (words.length >= 3) {
            keys.add("first-last:" + words[0] + "-" + words[words.length - 1]);
        }
        return keys;
    }

    /** Ids under which a partial form of this entity may already be in the catalogue. */
    static List<String> partialIds(EntityRecord record) {
        String[] words = record.getId().split("-");
        List<String> ids = new ArrayList<>();
        if (words.length >= 2 && EntityType.PERSON.name().equals(record.getType())) {
            ids.add(words[words.length - 1]);
        }
        if (words.length >= 3) {
            ids.add(words[0] + "-" + words[words.length - 1]);
        }
        return ids;
    }

    /**
     * @param genitiveS whether the language writes a name's genitive with a bare -s ("Trumps Sprecher", "Merkels
     *                  Regierung"): a lone word ending in s is then also looked up as the surname without it, which only a
     *                  person already known by that surname answers
     */
    static List<String> lookups(String id, String guessedType, boolean genitiveS) {
        String[] words = id.split("-");
        if (words.length == 1) {
            if (EntityType.LOCATION.name().equals(guessedType) || EntityType.ORGANIZATION.name().equals(guessedType)) {
                return List.of();
            }
            return genitiveS && id.length() > 3 && id.endsWith("s") && !id.endsWith("ss")
                    ? List.of("surname:" + id, "surname:" + id.substring(0, id.length() - 1)) : List.of("surname:" + id);
        }
        return words.length == 2 ? List.of("first-last:" + id) : List.of();
    }
}
