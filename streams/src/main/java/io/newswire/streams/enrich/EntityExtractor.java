package io.newswire.streams.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People, organisations and places of one article. Capitalised runs are split by {@link NameChunker};
 * unknown names are typed from their context (a title before them, a first name, an organisation head
 * word, a reporting verb after them); then mentions are merged: aliases to their canonical name
 * (Russian Federation → Russia), transliterations (Sergey → Sergei), and surname-only mentions
 * (Tillerson, Mr Trump) to the full name seen in the same article.
 */
public final class EntityExtractor {

    private static final double SAME_GIVEN_NAME = 0.88;

    private final Gazetteer gazetteer;
    private final WordStats words;
    private final NameChunker chunker;
    private final Set<String> reportingVerbs;

    public EntityExtractor(Gazetteer gazetteer, WordStats words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.chunker = new NameChunker(gazetteer, words);
        this.reportingVerbs = Set.copyOf(Lexicon.lines("reporting-verbs.txt"));
    }

    public Set<String> reportingVerbs() {
        return reportingVerbs;
    }

    /** A mention on its way to becoming an entity. */
    private static final class Group {
        EntityType type;
        String canonical;
        final List<Segment> segments = new ArrayList<>();
        /** Title words written with a mention ("President" in "President Putin"): part of the name span, not the name. */
        final List<Token> titleTokens = new ArrayList<>();

        Group(EntityType type, String canonical) {
            this.type = type;
            this.canonical = canonical;
        }
    }

    public List<ExtractedEntity> extract(AnalyzedText text) {
        Map<String, Group> known = new LinkedHashMap<>();
        List<Segment> people = new ArrayList<>();
        List<Segment> singles = new ArrayList<>();
        Set<Segment> singlesTypedPerson = new java.util.HashSet<>();
        List<Segment> multiMisc = new ArrayList<>();
        Map<Segment, List<Token>> titles = new java.util.HashMap<>();
        List<Group> misc = new ArrayList<>();
        for (List<Segment> run : chunker.chunk(text)) {
            for (int k = 0; k < run.size(); k++) {
                Segment current = run.get(k);
                Segment segment = current.kind() == Segment.Kind.UNKNOWN ? withoutLeadingRole(current) : current;
                Segment previous = k > 0 ? run.get(k - 1) : null;
                switch (segment.kind()) {
                    case KNOWN -> known.computeIfAbsent(segment.known().type() + ":" + segment.known().canonical(),
                            key -> new Group(segment.known().type(), segment.known().canonical())).segments.add(segment);
                    case UNKNOWN -> {
                        EntityType type = classify(text, segment, previous);
                        if (type == EntityType.PERSON && previous != null && previous.kind() == Segment.Kind.TITLE) {
                            titles.put(segment, previous.tokens());
                        }
                        if (type == EntityType.PERSON && segment.tokens().size() > 1) {
                            people.add(segment);
                        } else if (type == EntityType.PERSON || (type == EntityType.MISC && segment.tokens().size() == 1)) {
                            singles.add(segment);
                            if (type == EntityType.PERSON) {
                                singlesTypedPerson.add(segment);
                            }
                        } else if (type == EntityType.MISC) {
                            multiMisc.add(segment);
                        } else if (type != null) {
                            misc.add(groupOf(type, segment));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        List<Group> groups = new ArrayList<>(known.values());
        List<Group> persons = mergePeople(people);
        for (Segment segment : multiMisc) {
            Group person = persons.stream().filter(p -> samePerson(p.segments.get(0), segment)).findFirst().orElse(null);
            if (person != null) {
                person.segments.add(segment);
            } else {
                misc.add(groupOf(EntityType.MISC, segment));
            }
        }
        Map<String, List<Segment>> unresolved = new LinkedHashMap<>();
        for (Segment single : singles) {
            Group person = personWithSurname(persons, single.first().norm());
            if (person != null) {
                person.segments.add(single);
            } else {
                unresolved.computeIfAbsent(single.first().norm(), k -> new ArrayList<>()).add(single);
            }
        }
        for (List<Segment> sameWord : unresolved.values()) {
            boolean person = sameWord.stream().anyMatch(s -> isPersonCue(text, s) || singlesTypedPerson.contains(s));
            Group fullName = person ? miscWithSurname(misc, sameWord.get(0).first().norm()) : null;
            if (fullName != null) {
                fullName.type = EntityType.PERSON;
                fullName.segments.addAll(sameWord);
                continue;
            }
            Group group = new Group(person ? EntityType.PERSON : EntityType.MISC, sameWord.get(0).surface());
            group.segments.addAll(sameWord);
            misc.add(group);
        }
        groups.addAll(persons);
        groups.addAll(mergeSameName(misc));
        for (Group group : groups) {
            group.segments.forEach(s -> group.titleTokens.addAll(titles.getOrDefault(s, List.of())));
        }
        return toEntities(text, groups);
    }

    private EntityType classify(AnalyzedText text, Segment segment, Segment previous) {
        List<Token> tokens = segment.tokens();
        Token first = tokens.get(0);
        Token last = segment.last();
        int n = tokens.size();
        boolean afterTitle = previous != null && previous.kind() == Segment.Kind.TITLE;
        if (afterTitle && n <= 4) {
            return EntityType.PERSON;
        }
        if (gazetteer.isOrgHead(last.norm()) && (n >= 2 || !words.isCommonWord(last.norm()))) {
            return EntityType.ORGANIZATION;
        }
        if (n == 1 && first.acronym()) {
            return EntityType.ORGANIZATION;
        }
        if (n == 1 && (gazetteer.isNonEntity(first.norm()) || words.isStopword(first.norm().toLowerCase(Locale.ROOT))
                || isCompoundOfKnownNames(first) || (words.isCommonWord(first.norm()) && !isPersonCue(text, segment)))) {
            return null;
        }
        Boolean givenName = gazetteer.firstName(first.norm());
        if (givenName != null && n >= 2 && n <= (givenName ? 4 : 3) && (givenName || !words.isCommonWord(last.norm()))) {
            return EntityType.PERSON;
        }
        if (isPersonCue(text, segment)) {
            return EntityType.PERSON;
        }
        return EntityType.MISC;
    }

    /** "US-Russia relations": both halves are known places, the compound itself is no new entity. */
    private boolean isCompoundOfKnownNames(Token token) {
        String[] parts = token.norm().split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (gazetteer.lookupAcronym(part) == null) {
                return false;
            }
        }
        return true;
    }

    /** "Putin said", "Lavrov has said", "said Haley": only people (and speakers) report. */
    private boolean isPersonCue(AnalyzedText text, Segment segment) {
        List<Token> tokens = text.tokens();
        int after = segment.last().index() + 1;
        int before = segment.first().index() - 1;
        if (after < tokens.size() && tokens.get(after).sentence() == segment.last().sentence() && !segment.last().possessive()) {
            String next = tokens.get(after).text().toLowerCase(Locale.ROOT);
            if (reportingVerbs.contains(next)) {
                return true;
            }
            if ((next.equals("has") || next.equals("had") || next.equals("have")) && after + 1 < tokens.size()
                    && reportingVerbs.contains(tokens.get(after + 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return before >= 0 && tokens.get(before).sentence() == segment.first().sentence()
                && (tokens.get(before).text().equals("said") || tokens.get(before).text().equals("says"));
    }

    private List<Group> mergePeople(List<Segment> people) {
        List<Group> groups = new ArrayList<>();
        for (Segment segment : people) {
            Group match = null;
            for (Group group : groups) {
                if (samePerson(group.segments.get(0), segment)) {
                    match = group;
                    break;
                }
            }
            if (match == null) {
                match = new Group(EntityType.PERSON, null);
                groups.add(match);
            }
            match.segments.add(segment);
        }
        for (Group group : groups) {
            Segment longest = group.segments.stream().max(Comparator.comparingInt(s -> s.tokens().size())).orElseThrow();
            List<String> parts = new ArrayList<>(longest.tokens().stream().map(Token::norm).toList());
            parts.set(0, gazetteer.canonicalGivenName(parts.get(0)));
            group.canonical = String.join(" ", parts);
        }
        return groups;
    }

    private boolean samePerson(Segment a, Segment b) {
        if (!surname(a.last().norm()).equalsIgnoreCase(surname(b.last().norm()))) {
            return false;
        }
        String givenA = gazetteer.canonicalGivenName(a.first().norm()).toLowerCase(Locale.ROOT);
        String givenB = gazetteer.canonicalGivenName(b.first().norm()).toLowerCase(Locale.ROOT);
        return JaroWinkler.similarity(givenA, givenB) >= SAME_GIVEN_NAME;
    }

    private static Group personWithSurname(List<Group> persons, String word) {
        Group found = null;
        for (Group person : persons) {
            String last = person.segments.get(0).last().norm();
            if (last.equalsIgnoreCase(word) || surname(last).equalsIgnoreCase(surname(word))) {
                if (found != null && found != person) {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }

    /** Surname without an Arabic article or patronymic particle: al-Assad → Assad. */
    static String surname(String lastToken) {
        String lower = lastToken.toLowerCase(Locale.ROOT);
        for (String particle : new String[] {"al-", "el-", "ad-", "as-", "bin-", "ibn-"}) {
            if (lower.startsWith(particle) && lastToken.length() > particle.length()) {
                return lastToken.substring(particle.length());
            }
        }
        return lastToken;
    }

    /** "Marta Quill" typed MISC until "Quill said" shows it is a person. */
    private static Group miscWithSurname(List<Group> misc, String word) {
        for (Group group : misc) {
            Segment first = group.segments.get(0);
            if (group.type == EntityType.MISC && first.tokens().size() >= 2 && surname(first.last().norm()).equalsIgnoreCase(surname(word))) {
                return group;
            }
        }
        return null;
    }

    /** "Harbourmaster Tomas Brandt": an unknown role word before a first name is not part of the name. */
    private Segment withoutLeadingRole(Segment segment) {
        List<Token> tokens = segment.tokens();
        if (tokens.size() >= 3 && gazetteer.firstName(tokens.get(0).norm()) == null
                && Boolean.TRUE.equals(gazetteer.firstName(tokens.get(1).norm())) && !gazetteer.isOrgHead(segment.last().norm())) {
            return new Segment(segment.kind(), tokens.subList(1, tokens.size()), null);
        }
        return segment;
    }

    private static Group groupOf(EntityType type, Segment segment) {
        Group group = new Group(type, segment.surface());
        group.segments.add(segment);
        return group;
    }

    private static List<Group> mergeSameName(List<Group> groups) {
        Map<String, Group> merged = new LinkedHashMap<>();
        for (Group group : groups) {
            Group existing = merged.putIfAbsent(group.type + ":" + Lexicon.key(group.canonical), group);
            if (existing != null) {
                existing.segments.addAll(group.segments);
            }
        }
        return new ArrayList<>(merged.values());
    }

    private List<ExtractedEntity> toEntities(AnalyzedText text, List<Group> groups) {
        String title = text.text().substring(0, Math.max(0, text.bodyStart() - 2));
        int leadSentences = firstBodySentence(text) + 2;
        List<double[]> scores = new ArrayList<>();
        double max = 0;
        for (Group group : groups) {
            Set<String> surfaces = new LinkedHashSet<>();
            group.segments.forEach(s -> surfaces.add(s.surface()));
            boolean inTitle = surfaces.stream().anyMatch(title::contains)
                    || (group.type == EntityType.PERSON && title.contains(surname(lastWord(group.canonical))));
            boolean inLead = group.segments.stream().anyMatch(s -> s.first().sentence() < leadSentences);
            double score = group.segments.size() + (inTitle ? 2 : 0) + (inLead ? 1 : 0);
            scores.add(new double[] {score});
            max = Math.max(max, score);
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            Set<String> surfaces = new LinkedHashSet<>();
            List<Token> mentionTokens = new ArrayList<>();
            group.segments.forEach(s -> {
                surfaces.add(s.surface());
                mentionTokens.addAll(s.tokens());
            });
            mentionTokens.addAll(group.titleTokens);
            double salience = Math.round(scores.get(i)[0] / max * 1000) / 1000.0;
            entities.add(new ExtractedEntity(id(group.type, group.canonical), group.canonical, group.type,
                    List.copyOf(surfaces), group.segments.size(), salience, mentionTokens));
        }
        entities.sort(Comparator.comparingDouble(ExtractedEntity::salience).reversed().thenComparing(ExtractedEntity::name));
        return entities;
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

    static String id(EntityType type, String canonical) {
        String ascii = Normalizer.normalize(canonical, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return type.name().toLowerCase(Locale.ROOT) + ":" + ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
