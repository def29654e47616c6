package io.newswire.streams.entities;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.avro.EntityRecord;
import io.newswire.streams.DerivedStores;
import io.newswire.streams.enrich.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Entity identity across articles, learned from the stream. An article's entities are resolved against
 * the catalogue of one language: a known id stays, a partial name ("Putin", "George Bush") becomes the
 * full name already known ("Vladimir Putin", "George W. Bush"), and a full name arriving after its
 * partial form makes that form an alias of it. Types are votes over articles, so a name typed PERSON
 * here and MISC there is one entity with the type most articles gave it.
 */
public final class EntityLinker {

    static final int MAX_ALIASES = 50;
    /** Rarely seen entities are forgotten after this long without a mention; the catalogue stays bounded. */
    static final int RARE_ARTICLES = 2;
    static final int LEARNED_PER_ARTICLE = 15;

    private final KeyValueStore<String, EntityRecord> catalogue;
    private final KeyValueStore<String, String> nameKeys;

    public EntityLinker(KeyValueStore<String, EntityRecord> catalogue, KeyValueStore<String, String> nameKeys) {
        this.catalogue = catalogue;
        this.nameKeys = nameKeys;
    }

    /** Rebuilds the unlogged partial-name index from the logged catalogue when it starts empty. */
    public int rebuildIfEmpty() {
        if (!DerivedStores.isEmpty(nameKeys)) {
            return 0;
        }
        int rebuilt = 0;
        try (KeyValueIterator<String, EntityRecord> all = catalogue.all()) {
            while (all.hasNext()) {
                index(all.next().value);
                rebuilt++;
            }
        }
        return rebuilt;
    }

    /**
     * Rewrites the article's entities to catalogue ids, names and voted types, and learns from them.
     * Returns the catalogue records worth publishing: entities named by a second article, new aliases
     * or types after that, and counts when they double.
     */
    public List<EntityRecord> link(Article article, Instant time) {
        Map<String, EntityRecord> changed = new LinkedHashMap<>();
        Map<String, Entity> resolved = new LinkedHashMap<>();
        List<Entity> entities = article.getEntities();
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            EntityRecord record = resolve(entity);
            // Entities come most salient first; the catalogue learns from what articles are about, and the
            // passing mentions below are only resolved, which keeps the stage at a few store reads per article.
            if (i < LEARNED_PER_ARTICLE) {
                record = learn(article, entity, record, time, changed);
            }
            if (record != null) {
                entity.setId(record.getId());
                entity.setName(record.getName());
                entity.setType(record.getType());
            }
            resolved.merge(entity.getId(), entity, EntityLinker::combine);
        }
        article.setEntities(new ArrayList<>(resolved.values()));
        return new ArrayList<>(changed.values());
    }

    private EntityRecord learn(Article article, Entity entity, EntityRecord known, Instant time, Map<String, EntityRecord> changed) {
        EntityRecord record = known;
        boolean created = record == null;
        if (created) {
            record = EntityRecord.newBuilder().setId(entity.getId()).setName(entity.getName()).setType(entity.getType())
                    .setTypeVotes(new HashMap<>()).setAliases(new ArrayList<>()).setArticles(0).setLanguage(article.getLanguage())
                    .setFirstSeen(time).setLastSeen(time).build();
        }
        String typeBefore = record.getType();
        if (vote(record, entity, time)) {
            changed.put(record.getId(), record);
        }
        catalogue.put(record.getId(), record);
        List<String> partials = new ArrayList<>();
        // Which entity owns a shared partial name (the one more articles name) is revisited as counts double.
        if (created || !typeBefore.equals(record.getType()) || Long.bitCount(record.getArticles()) == 1) {
            index(record);
        }
        partials.addAll(NameKeys.partialIds(record));
        if (!record.getId().equals(entity.getId())) {
            partials.add(entity.getId());
        }
        // Partial forms met before the full name (this article's, or earlier ones') now resolve to it.
        for (String partialId : partials) {
            EntityRecord partial = catalogue.get(partialId);
            if (partial != null && partial.getAliasOf() == null && !EntityType.LOCATION.name().equals(partial.getType())
                    && !EntityType.ORGANIZATION.name().equals(partial.getType())) {
                partial.setAliasOf(record.getId());
                catalogue.put(partialId, partial);
                changed.put(partialId, partial);
            }
        }
        return record;
    }

    /** Forgets entities seen in at most {@value #RARE_ARTICLES} articles and not since the cut-off; returns their ids. */
    public List<String> evictRareOlderThan(Instant cutoff) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, EntityRecord> all = catalogue.all()) {
            while (all.hasNext()) {
                KeyValue<String, EntityRecord> entry = all.next();
                if (entry.value.getArticles() <= RARE_ARTICLES && entry.value.getLastSeen().isBefore(cutoff)) {
                    expired.add(entry.key);
                }
            }
        }
        for (String id : expired) {
            for (String key : NameKeys.of(catalogue.get(id))) {
                if (id.equals(nameKeys.get(key))) {
                    nameKeys.delete(key);
                }
            }
            catalogue.delete(id);
        }
        return expired;
    }

    /** The catalogue record the entity is, following an alias; null for a name the catalogue does not know. */
    private EntityRecord resolve(Entity entity) {
        EntityRecord known = catalogue.get(entity.getId());
        if (known != null) {
            EntityRecord full = known.getAliasOf() == null ? null : catalogue.get(known.getAliasOf());
            return full != null ? full : known;
        }
        for (String key : NameKeys.lookups(entity.getId(), entity.getType())) {
            String target = nameKeys.get(key);
            EntityRecord full = target == null || target.equals(entity.getId()) ? null : catalogue.get(target);
            if (full != null) {
                return full;
            }
        }
        return null;
    }

    private static boolean vote(EntityRecord record, Entity entity, Instant time) {
        boolean changed = false;
        String before = record.getType();
        record.getTypeVotes().merge(entity.getType(), 1, Integer::sum);
        String voted = record.getTypeVotes().entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().equals(before)))
                .map(Map.Entry::getKey).orElse(before);
        if (!voted.equals(before)) {
            record.setType(voted);
            changed = true;
        }
        if (!entity.getId().equals(record.getId()) && !record.getAliases().contains(entity.getName())
                && record.getAliases().size() < MAX_ALIASES) {
            record.getAliases().add(entity.getName());
            changed = true;
        }
        long articles = record.getArticles() + 1;
        record.setArticles(articles);
        if (time.isAfter(record.getLastSeen())) {
            record.setLastSeen(time);
        }
        // Most names are seen once and never again: a record is published from its second article on.
        return articles >= 2 && (changed || Long.bitCount(articles) == 1);
    }

    private void index(EntityRecord record) {
        if (record.getAliasOf() != null) {
            return;
        }
        for (String key : NameKeys.of(record)) {
            String current = nameKeys.get(key);
            if (current == null) {
                nameKeys.put(key, record.getId());
            } else if (!current.equals(record.getId())) {
                // A key two entities share goes to the one more articles name.
                EntityRecord other = catalogue.get(current);
                if (other == null || other.getArticles() < record.getArticles()) {
                    nameKeys.put(key, record.getId());
                }
            }
        }
    }

    private static Entity combine(Entity a, Entity b) {
        Set<String> surfaces = new LinkedHashSet<>(a.getSurfaceForms());
        surfaces.addAll(b.getSurfaceForms());
        a.setSurfaceForms(new ArrayList<>(surfaces));
        a.setMentions(a.getMentions() + b.getMentions());
        a.setSalience(Math.max(a.getSalience(), b.getSalience()));
        return a;
    }
}
