package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * German nouns that the learned tagger or the rules took into names. German writes a name into a compound
 * with a hyphen ("US-Truppen", "EU-Staaten", "FDP-Chef"), and such a compound is a noun about the name, not a name: GermEval annotates it as a name part, never as an entity. The
 * learned tagger still returns some as names of their own (MISC "US-Präsident", "Corona-Krise") or as the start
 * of the person after them ("FDP-Chef Guido Westerwelle" as one organisation), which filled German articles'
 * entity lists with compounds no other language has and kept Guido Westerwelle from being found. A compound
 * whose head (after its last hyphen) the dictionary lists as a common noun is therefore dropped where it stands
 * alone as a MISC name, and taken off the front of a longer name; when its head is a role ("-Chef",
 * "-Kommissionspräsidentin"), what follows is a person. Compounds typed as a place, organisation or person
 * stay ("Osnatel-Arena"), and so does a compound named after a person ("Konrad-Adenauer-Haus").
 * <p>A person's name of three words or more also loses a noun before its given name ("Opernregisseur Harry
 * Kupfer"). Not after it: surnames are nouns too ("Fritz Rudolf Körper" lost its surname when tried on GermEval).
 */
final class GermanNouns {

    /** Heads that name a role, so the name after them is a person's (lower case; a compound's head ends with one). */
    private static final Set<String> ROLES = Set.of("präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin",
            "chef", "chefin", "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "trainer", "trainerin", "coach", "keeper",
            "direktor", "direktorin", "sekretär", "sekretärin", "botschafter", "botschafterin", "kandidat", "kandidatin",
            "senator", "senatorin", "politiker", "politikerin", "abgeordnete", "abgeordneter", "bürgermeister", "bürgermeisterin",
            "landesrat", "landesrätin", "stadtrat", "stadträtin", "spieler", "spielerin", "stürmer", "profi", "star", "legende");

    private GermanNouns() {
    }

    static List<MentionGroup> withoutCompounds(List<MentionGroup> groups, Morphology morphology, Gazetteer gazetteer) {
        List<MentionGroup> kept = new ArrayList<>(groups.size());
        for (MentionGroup group : groups) {
            if (group.type == EntityType.NORP) {
                kept.add(group);
                continue;
            }
            List<Segment> segments = new ArrayList<>(group.segments.size());
            boolean role = false;
            for (Segment segment : group.segments) {
                Token first = segment.first();
                if (segment.known() != null || first.text().indexOf('-') < 1 || namedAfterAPerson(first.text(), gazetteer)
                        || !morphology.commonNounHead(first.text())) {
                    segments.add(group.type == EntityType.PERSON && segment.known() == null ? withoutNounBefore(segment, morphology, gazetteer)
                            : segment);
                } else if (segment.tokens().size() > 1) {
                    segments.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(segment.tokens().subList(1, segment.tokens().size())), null));
                    role |= role(first.text());
                } else if (group.type != EntityType.MISC) {
                    segments.add(segment);
                }
            }
            if (segments.isEmpty()) {
                continue;
            }
            boolean trimmed = !segments.equals(group.segments);
            group.segments.clear();
            group.segments.addAll(segments);
            if (trimmed && group.segments.stream().allMatch(s -> s.known() == null)) {
                group.canonical = group.segments.stream().max(Comparator.comparingInt(s -> s.tokens().size())).orElseThrow().surface();
            }
            if (role) {
                group.type = EntityType.PERSON;
            }
            kept.add(group);
        }
        return kept;
    }

    /**
     * "Elf Personen erleiden wegen Grill …", "Präsident bleibt bei Rentenreform hart": a headline leaves out the article,
     * and the tagger reads the noun after a preposition as a place. A one-word name the gazetteer does not know, whose
     * word the dictionary lists as a common noun and the same article writes elsewhere outside any name ("einen Grill",
     * "der umstrittenen Rentenreform"), is that noun; a place or body in the headline itself is, even where the body never
     * writes the word ("AfD legt in Umfragen zu"; a person may bear a noun's name: "Streit um Grill"). Acronyms stay ("die SPD").
     * A person of one word that the dictionary lists only as a common noun, or that is a compound of one, is that noun
     * wherever it stands ("stellen Regierungsprogramm vor", "Redaktionsleitung", "an Neujahr"), unless a role names it
     * ("Löwen-Keeper Hofmann"): on GermEval's held-out half 14 false people went and three right ones (Madonna, Jesu).
     */
    static List<MentionGroup> withoutNounsWrittenAsNouns(AnalyzedText text, List<MentionGroup> groups, Morphology morphology) {
        BitSet named = new BitSet(text.tokens().size());
        groups.forEach(g -> g.segments.forEach(seg -> seg.tokens().forEach(t -> named.set(t.index()))));
        Set<String> outsideNames = new HashSet<>();
        for (Token token : text.tokens()) {
            if (!named.get(token.index()) && token.capitalised()) {
                outsideNames.add(token.norm());
            }
        }
        List<MentionGroup> kept = new ArrayList<>(groups.size());
        for (MentionGroup group : groups) {
            boolean noun = group.type != EntityType.NORP && !group.segments.isEmpty() && group.segments.stream().allMatch(seg ->
                    seg.known() == null && seg.tokens().size() == 1 && !seg.first().acronym()
                            && ((outsideNames.contains(seg.first().norm())
                                    && morphology.commonNounOrCompoundOfOne(seg.first()))
                                || (group.type != EntityType.PERSON && text.inTitle(seg.first()) && morphology.capitalisedCommonNoun(seg.first()))
                                || roleCompound(seg.first().norm())
                                || (group.type == EntityType.PERSON && !afterRole(text, seg.first())
                                        && morphology.commonNounOrCompoundOfOne(seg.first()))));
            if (!noun) {
                kept.add(group);
            }
        }
        return kept;
    }

    /**
     * "in Militäruniform", "mit Wärmebildkamera", "am Neujahrsmorgen": after a preposition of place the rules and the
     * tagger read a German noun the dictionary does not list whole as a place. Place names are compounds too
     * ("Taiskirchen", "Mönchengladbach"), but of their own heads: a one-word place no list knows is kept only where
     * its head (the longest noun the dictionary lists at its end) also ends one of the German-speaking countries'
     * towns — Kirchen, Bach, Dorf, Berg, as GeoNames has them — and dropped where it ends none (Uniform, Kamera, Morgen).
     */
    static List<MentionGroup> withoutNounsReadAsPlaces(List<MentionGroup> groups, Morphology morphology) {
        List<MentionGroup> kept = new ArrayList<>(groups.size());
        for (MentionGroup group : groups) {
            boolean noun = group.type == EntityType.LOCATION && !group.segments.isEmpty() && group.segments.stream().allMatch(seg ->
                    seg.known() == null && seg.tokens().size() == 1 && !seg.first().acronym() && seg.first().norm().indexOf('-') < 0
                            && notAPlaceHead(seg.first().norm(), morphology.commonNounHeadOf(seg.first().norm())));
            if (!noun) {
                kept.add(group);
            }
        }
        return kept;
    }

    private static boolean notAPlaceHead(String word, String head) {
        return head != null && head.length() < word.length() && !PlaceHeads.HEADS.contains(head.toLowerCase(Locale.ROOT))
                && !STREETS_AND_LANDMARKS.contains(head.toLowerCase(Locale.ROOT));
    }

    /** Heads of the streets, squares and landmarks a town's own news names ("am Eggenpfad", "im Gazastreifen"), which towns' names rarely end in. */
    private static final Set<String> STREETS_AND_LANDMARKS = Set.of("straße", "strasse", "weg", "gasse", "platz", "allee", "pfad", "ring",
            "damm", "ufer", "steig", "chaussee", "markt", "brücke", "tor", "park", "garten", "insel", "gebirge", "wald", "streifen",
            "kanal", "hafen", "bucht", "küste", "meer", "see", "tal", "berg", "viertel", "siedlung");

    /** The nouns that end the names of German, Austrian and Swiss towns (GeoNames, {@link Towns}), read once. */
    private static final class PlaceHeads {
        static final Set<String> HEADS = heads();

        private static Set<String> heads() {
            Morphology german = Morphology.of("de");
            Set<String> heads = new HashSet<>();
            for (Towns.Town town : Towns.of("de")) {
                String name = town.name();
                String head = german.commonNounHeadOf(name.substring(name.lastIndexOf(' ') + 1));
                if (head != null) {
                    heads.add(head.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(heads);
        }
    }

    /** "Behördenchef", "Opernregisseur": a compound of a role names no one (the role word alone, "Chef", may be a surname). */
    private static boolean roleCompound(String word) {
        return role(word) && ROLES.stream().noneMatch(r -> r.equalsIgnoreCase(word));
    }

    private static Segment withoutNounBefore(Segment person, Morphology morphology, Gazetteer gazetteer) {
        List<Token> tokens = person.tokens();
        int from = 0;
        while (tokens.size() - from > 2 && gazetteer.firstName(tokens.get(from).norm()) == null && gazetteer.firstName(tokens.get(from + 1).norm()) != null
                && morphology.commonNounHead(tokens.get(from).norm())) {
            from++;
        }
        return from == 0 ? person : new Segment(Segment.Kind.UNKNOWN, List.copyOf(tokens.subList(from, tokens.size())), null);
    }

    /** "Konrad-Adenauer-Haus", "Robert-Koch-Institut": a building or institution named after a person is a name. */
    private static boolean namedAfterAPerson(String compound, Gazetteer gazetteer) {
        int first = compound.indexOf('-');
        return first != compound.lastIndexOf('-') && gazetteer.firstName(compound.substring(0, first)) != null;
    }

    private static boolean afterRole(AnalyzedText text, Token token) {
        return token.index() > 0 && role(text.tokens().get(token.index() - 1).norm());
    }

    static boolean role(String compound) {
        String head = compound.substring(compound.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        for (String role : ROLES) {
            if (head.endsWith(role)) {
                return true;
            }
        }
        return false;
    }
}
