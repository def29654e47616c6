package io.newswire.streams.entities;

import io.newswire.avro.EntityRecord;
import io.newswire.streams.DerivedStores;
import io.newswire.streams.enrich.NameVariants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One person in the catalogue whatever spelling each language's press gives the name: a person's id from one
 * language whose name has the key ({@link NameVariants}) of another language's person becomes an alias of it
 * (vladimir-poutine, learned from French articles, is {@code alias_of} vladimir-putin), and the entity it
 * resolves to lists the other spellings among its aliases. The entity with most articles is the one the others
 * resolve to. Only ids learned in different languages are joined: two ids of one language are two people
 * that language's articles told apart (Peter Müller and Peter Miller in one German catalogue).
 */
public final class PersonVariants {

    static final String PERSON = "PERSON";

    private final KeyValueStore<String, EntityRecord> merged;
    private final KeyValueStore<String, PersonVariantIds> variants;

    public PersonVariants(KeyValueStore<String, EntityRecord> merged, KeyValueStore<String, PersonVariantIds> variants) {
        this.merged = merged;
        this.variants = variants;
    }

    /** Rebuilds the unlogged index from the merged catalogue when a task starts without it. */
    public void start() {
        if (DerivedStores.isEmpty(variants) && !DerivedStores.isEmpty(merged)) {
            Map<String, Set<String>> groups = new LinkedHashMap<>();
            try (KeyValueIterator<String, EntityRecord> all = merged.all()) {
                while (all.hasNext()) {
                    EntityRecord record = all.next().value;
                    String key = key(record.getId(), record);
                    if (key != null) {
                        groups.computeIfAbsent(key, k -> new TreeSet<>()).add(record.getId());
                    }
                }
            }
            groups.forEach((key, ids) -> variants.put(key, new PersonVariantIds(new ArrayList<>(ids))));
        }
    }

    /**
     * Stores an entity's merged record as its language sections make it, with its place among the other
     * languages' spellings of the same person, and returns every record to publish: this one, and any other
     * spelling whose alias or aliases changed with it. A null record: the entity is forgotten.
     */
    public Map<String, EntityRecord> settle(String id, EntityRecord record) {
        Map<String, EntityRecord> changed = new LinkedHashMap<>();
        String key = NameVariants.linkKey(id);
        if (!key.startsWith(NameVariants.PERSON_KEY)) {
            put(id, record, changed);
            return changed;
        }
        PersonVariantIds stored = variants.get(key);
        Set<String> ids = new TreeSet<>(stored == null ? List.of() : stored.ids());
        boolean member = record != null && PERSON.equals(record.getType());
        boolean indexChanged = member ? ids.add(id) : ids.remove(id);
        if (indexChanged) {
            if (ids.isEmpty()) {
                variants.delete(key);
            } else {
                variants.put(key, new PersonVariantIds(new ArrayList<>(ids)));
            }
        }
        if (!member) {
            put(id, record, changed);
        }
        Map<String, EntityRecord> group = new LinkedHashMap<>();
        for (String other : ids) {
            EntityRecord r = other.equals(id) ? record : merged.get(other);
            if (r != null) {
                group.put(other, EntityLanguages.summary(other, r.getLanguages()));
            }
        }
        String main = group.values().stream().max(Comparator.comparingLong(EntityRecord::getArticles)
                .thenComparing(r -> r.getLanguages().containsKey("en")).thenComparing(EntityRecord::getId, Comparator.reverseOrder()))
                .map(EntityRecord::getId).orElse(null);
        for (EntityRecord r : group.values()) {
            EntityRecord settled = settled(r, main == null ? null : group.get(main), group.values());
            EntityRecord before = r.getId().equals(id) ? null : merged.get(r.getId());
            if (r.getId().equals(id) || !Objects.equals(before, settled)) {
                put(r.getId(), settled, changed);
            }
        }
        return changed;
    }

    private EntityRecord settled(EntityRecord pure, EntityRecord main, Iterable<EntityRecord> group) {
        if (main == null) {
            return pure;
        }
        if (!pure.getId().equals(main.getId())) {
            boolean otherLanguages = pure.getLanguages().keySet().stream().noneMatch(main.getLanguages()::containsKey);
            return otherLanguages && pure.getAliasOf() == null ? EntityRecord.newBuilder(pure).setAliasOf(main.getId()).build() : pure;
        }
        Set<String> aliases = new LinkedHashSet<>(pure.getAliases());
        for (EntityRecord other : group) {
            boolean otherLanguages = other.getLanguages().keySet().stream().noneMatch(main.getLanguages()::containsKey);
            if (!other.getId().equals(main.getId()) && otherLanguages && other.getAliasOf() == null) {
                aliases.add(other.getName());
                aliases.addAll(other.getAliases());
            }
        }
        aliases.remove(pure.getName());
        return EntityRecord.newBuilder(pure).setAliases(aliases.stream().limit(EntityLinker.MAX_ALIASES).toList()).build();
    }

    private void put(String id, EntityRecord record, Map<String, EntityRecord> changed) {
        if (record == null) {
            merged.delete(id);
        } else {
            merged.put(id, record);
        }
        changed.put(id, record);
    }

    private static String key(String id, EntityRecord record) {
        String key = NameVariants.linkKey(id);
        return key.startsWith(NameVariants.PERSON_KEY) && PERSON.equals(record.getType()) ? key : null;
    }
}
