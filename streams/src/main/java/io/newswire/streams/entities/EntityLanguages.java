package io.newswire.streams.entities;

import io.newswire.avro.EntityLanguage;
import io.newswire.avro.EntityRecord;
import io.newswire.streams.enrich.EntityIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One entity's record on news.entities, merged from what each language's catalogue learned. Every
 * language keeps its own catalogue (one task per language, see EntityLinker), and the place names of
 * every language resolve to one id (Deutschland, Allemagne and Germany are germany), so the merged record
 * is the entity in all its languages: each language's section as learned, the votes and counts summed,
 * and every language's names among the aliases.
 */
public final class EntityLanguages {

    private EntityLanguages() {
    }

    /**
     * The merged record after one language's change.
     *
     * @param merged         the merged record so far; null for an id not seen in any language
     * @param languageRecord the language's catalogue record; null when the language forgot the entity
     * @return the new merged record; null when no language knows the entity any more
     */
    public static EntityRecord merge(EntityRecord merged, String id, String language, EntityRecord languageRecord) {
        Map<String, EntityLanguage> languages = new TreeMap<>(merged == null ? Map.of() : merged.getLanguages());
        if (languageRecord == null) {
            languages.remove(language);
        } else {
            languages.put(language, section(languageRecord));
        }
        return languages.isEmpty() ? null : summary(id, languages);
    }

    static EntityLanguage section(EntityRecord r) {
        return EntityLanguage.newBuilder().setName(r.getName()).setType(r.getType()).setTypeVotes(new HashMap<>(r.getTypeVotes()))
                .setAliases(new ArrayList<>(r.getAliases())).setAliasOf(r.getAliasOf()).setArticles(r.getArticles())
                .setFirstSeen(r.getFirstSeen()).setLastSeen(r.getLastSeen()).build();
    }

    static EntityRecord summary(String id, Map<String, EntityLanguage> languages) {
        // Most articles first; languages are in code order, so ties always fall the same way.
        List<Map.Entry<String, EntityLanguage>> ranked = new ArrayList<>(languages.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, EntityLanguage> e) -> e.getValue().getArticles()).reversed());
        Map.Entry<String, EntityLanguage> main = ranked.get(0);
        // The name the id was made from reads right to every subscriber (Germany for germany, not Deutschland).
        String name = ranked.stream().map(e -> e.getValue().getName()).filter(n -> EntityIds.of(n).equals(id)).findFirst()
                .orElse(main.getValue().getName());
        Map<String, Integer> votes = new TreeMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        long articles = 0;
        EntityLanguage first = main.getValue();
        EntityLanguage last = main.getValue();
        for (Map.Entry<String, EntityLanguage> entry : ranked) {
            EntityLanguage section = entry.getValue();
            section.getTypeVotes().forEach((type, count) -> votes.merge(type, count, Integer::sum));
            aliases.add(section.getName());
            aliases.addAll(section.getAliases());
            articles += section.getArticles();
            first = section.getFirstSeen().isBefore(first.getFirstSeen()) ? section : first;
            last = section.getLastSeen().isAfter(last.getLastSeen()) ? section : last;
        }
        aliases.remove(name);
        String type = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().equals(main.getValue().getType())))
                .map(Map.Entry::getKey).orElse(main.getValue().getType());
        return EntityRecord.newBuilder().setId(id).setName(name).setType(type).setTypeVotes(new HashMap<>(votes))
                .setAliases(aliases.stream().limit(EntityLinker.MAX_ALIASES).collect(Collectors.toCollection(ArrayList::new)))
                .setAliasOf(main.getValue().getAliasOf()).setArticles(articles).setLanguage(main.getKey())
                .setFirstSeen(first.getFirstSeen()).setLastSeen(last.getLastSeen()).setLanguages(new HashMap<>(languages)).build();
    }
}
