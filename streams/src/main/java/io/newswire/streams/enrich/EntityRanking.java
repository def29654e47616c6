package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Turns merged mention groups into entities with salience: mentions, plus 2 when the entity is in the
 * title, plus 1 when it is in the lead, scaled so the most salient entity scores 1.
 */
final class EntityRanking {

    private EntityRanking() {
    }

    static List<ExtractedEntity> rank(AnalyzedText text, List<MentionGroup> groups) {
        String title = text.text().substring(0, Math.max(0, text.bodyStart() - 2));
        int leadSentences = firstBodySentence(text) + 2;
        double[] scores = new double[groups.size()];
        List<Set<String>> surfacesOf = new ArrayList<>(groups.size());
        double max = 0;
        for (int i = 0; i < groups.size(); i++) {
            MentionGroup group = groups.get(i);
            Set<String> surfaces = new LinkedHashSet<>();
            group.segments.forEach(s -> surfaces.add(s.surface()));
            surfacesOf.add(surfaces);
            boolean inTitle = surfaces.stream().anyMatch(title::contains)
                    || (group.type == EntityType.PERSON && title.contains(People.surname(lastWord(group.canonical))));
            boolean inLead = group.segments.stream().anyMatch(s -> s.first().sentence() < leadSentences);
            double score = group.segments.size() + (inTitle ? 2 : 0) + (inLead ? 1 : 0);
            scores[i] = score;
            max = Math.max(max, score);
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            MentionGroup group = groups.get(i);
            List<Token> mentionTokens = new ArrayList<>();
            List<ExtractedEntity.Span> spans = new ArrayList<>();
            group.segments.forEach(s -> {
                mentionTokens.addAll(s.tokens());
                spans.add(new ExtractedEntity.Span(s.first().start(), spanEnd(text.text(), s)));
            });
            mentionTokens.addAll(group.titleTokens);
            double salience = Math.round(scores[i] / max * 1000) / 1000.0;
            entities.add(new ExtractedEntity(EntityIds.of(group.canonical), group.canonical, group.type,
                    List.copyOf(surfacesOf.get(i)), group.segments.size(), salience, mentionTokens, List.copyOf(group.titles), group.refersTo,
                    spans));
        }
        List<ExtractedEntity> merged = mergeSameId(entities);
        merged.sort(Comparator.comparingDouble(ExtractedEntity::salience).reversed().thenComparing(ExtractedEntity::name));
        return merged;
    }

    /**
     * Where the name as written ends: a closing initial or Jr/Sr keeps its abbreviation point ("Susanne R.",
     * "Floyd Mayweather Jr."), which the token leaves out so that a sentence can end there. Company suffixes
     * (Inc., Corp.) are left alone: news sets split their point off at a sentence's end as often as not.
     */
    static int spanEnd(String text, Segment segment) {
        Token last = segment.last();
        // From the end: a spaced elision ("D' Alema") makes a token one character longer in the text than its word.
        int end = last.end() - (last.text().length() - last.norm().length());
        if (segment.first() != last && (People.initial(text, last) || abbreviatedSuffix(text, last))) {
            return last.end() + 1;
        }
        return end;
    }

    private static boolean abbreviatedSuffix(String text, Token token) {
        return (token.text().equals("Jr") || token.text().equals("Sr")) && token.end() < text.length() && text.charAt(token.end()) == '.';
    }

    /**
     * Groups of one name typed differently in different sentences become one entity, typed by the most mentions —
     * except that MISC, which a lone name gets when nothing in its sentence tells its type, yields to any type a
     * cue gave it elsewhere ("tyre and cables giant Pirelli" types the plain "Pirelli" of the other sentences).
     */
    private static List<ExtractedEntity> mergeSameId(List<ExtractedEntity> entities) {
        Map<String, ExtractedEntity> byId = new LinkedHashMap<>();
        for (ExtractedEntity e : entities) {
            byId.merge(e.id(), e, (a, b) -> {
                Set<String> surfaces = new LinkedHashSet<>(a.surfaceForms());
                surfaces.addAll(b.surfaceForms());
                List<Token> tokens = new ArrayList<>(a.mentionTokens());
                tokens.addAll(b.mentionTokens());
                ExtractedEntity major = a.mentions() >= b.mentions() ? a : b;
                Set<String> titles = new LinkedHashSet<>(a.titles());
                titles.addAll(b.titles());
                List<ExtractedEntity.Span> spans = new ArrayList<>(a.mentionSpans());
                spans.addAll(b.mentionSpans());
                return new ExtractedEntity(a.id(), major.name(), mergedType(a, b, major), List.copyOf(surfaces), a.mentions() + b.mentions(),
                        Math.max(a.salience(), b.salience()), tokens, List.copyOf(titles), a.refersTo() != null ? a.refersTo() : b.refersTo(),
                        spans);
            });
        }
        return new ArrayList<>(byId.values());
    }

    private static EntityType mergedType(ExtractedEntity a, ExtractedEntity b, ExtractedEntity major) {
        if (a.type() == EntityType.MISC && b.type() != EntityType.MISC) {
            return b.type();
        }
        return b.type() == EntityType.MISC && a.type() != EntityType.MISC ? a.type() : major.type();
    }

    private static int firstBodySentence(AnalyzedText text) {
        for (int s = 0; s < text.sentences().size(); s++) {
            if (text.sentences().get(s)[0] >= text.bodyStart()) {
                return s;
            }
        }
        return text.sentences().size();
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
