package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The name chunker's second look at a run's segments: segments that are parts of one name are joined ("Staten Island",
 * "Kurdistan Democratic Party", "American Legion"), where the gazetteer had matched a word or two of it.
 */
final class SegmentJoins {

    private final Gazetteer gazetteer;

    SegmentJoins(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "American Legion", "Democratic Party", "British Museum": a nationality or party word heading a longer
     * name is part of it; so is a one-word known name after it ("British Guiana" is not French Guiana). A
     * country or nationality before a known organisation makes one organisation ("U.S. Agriculture Department",
     * "Kurdistan Democratic Party"), not a mention of the country too; one of its own, as the Kurdistan Democratic
     * Party is not the Democratic Party.
     */
    static List<Segment> withAffiliationsInNames(List<Segment> segments) {
        List<Segment> result = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            Segment next = i + 1 < segments.size() ? segments.get(i + 1) : null;
            boolean headsName = next != null && adjacent(segment, next) && (next.kind() == Segment.Kind.UNKNOWN
                    || (next.kind() == Segment.Kind.KNOWN && next.tokens().size() == 1));
            boolean headsOrganisation = next != null && adjacent(segment, next) && next.kind() == Segment.Kind.KNOWN
                    && next.known().type() == EntityType.ORGANIZATION && !next.known().seat()
                    && (segment.kind() == Segment.Kind.DEMONYM
                    || (segment.kind() == Segment.Kind.KNOWN && segment.known().type() == EntityType.LOCATION));
            if (headsOrganisation) {
                List<Token> merged = new ArrayList<>(segment.tokens());
                merged.addAll(segments.get(++i).tokens());
                result.add(new Segment(Segment.Kind.KNOWN, List.copyOf(merged), new Gazetteer.Known(NameChunker.join(merged), EntityType.ORGANIZATION)));
            } else if (segment.kind() == Segment.Kind.DEMONYM && headsName) {
                List<Token> merged = new ArrayList<>(segment.tokens());
                merged.addAll(segments.get(++i).tokens());
                result.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(merged), null));
            } else {
                result.add(segment);
            }
        }
        return result;
    }

    /**
     * "Staten Island" is not Iceland (alias "Island") plus a stray word: a one-word gazetteer match written
     * right beside unknown capitalised words is part of a longer name the gazetteer does not know, so the
     * whole becomes one unknown name. ("Bank of England" keeps England: "of" stands between.)
     */
    List<Segment> withoutPartialMatches(List<Segment> segments, LanguageProfile language) {
        List<Segment> result = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            boolean oneKnownWord = segment.kind() == Segment.Kind.KNOWN && segment.tokens().size() == 1;
            boolean withBefore = oneKnownWord && !result.isEmpty() && touches(result.get(result.size() - 1), segment, language);
            boolean withAfter = (oneKnownWord || namesOrganisationAfter(segment, segments, i)) && i + 1 < segments.size()
                    && touches(segment, segments.get(i + 1), language) && !acronymBeforePerson(segment, segments.get(i + 1));
            if (!withBefore && !withAfter) {
                result.add(segment);
                continue;
            }
            List<Token> merged = new ArrayList<>();
            if (withBefore) {
                merged.addAll(result.remove(result.size() - 1).tokens());
            }
            merged.addAll(segment.tokens());
            if (withAfter) {
                merged.addAll(segments.get(++i).tokens());
            }
            result.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(merged), null));
        }
        return result;
    }

    /**
     * "dijo a EFE José Palomares", "prezydent USA Donald Trump": a known acronym right before a given name and a
     * surname is the outlet, body or country a person spoke to or for, not the first word of the person's name.
     */
    private boolean acronymBeforePerson(Segment known, Segment next) {
        if (!known.first().acronym() || next.kind() != Segment.Kind.UNKNOWN) {
            return false;
        }
        Boolean given = gazetteer.firstName(next.first().norm());
        // A name that is as often a surname ("Donald") needs a surname after it that is no group's word ("Roman Catholic").
        return Boolean.TRUE.equals(given) || (given != null && next.tokens().size() >= 2 && !gazetteer.isNonEntity(next.last().norm()));
    }

    /**
     * "New York Stock Exchange", "Kenya Airways": a place's name of several words before an unknown name that ends in
     * a word for an organisation is part of that organisation's name, not a mention of the place.
     */
    private boolean namesOrganisationAfter(Segment segment, List<Segment> segments, int at) {
        return segment.kind() == Segment.Kind.KNOWN && segment.known().type() == EntityType.LOCATION && at + 1 < segments.size()
                && segments.get(at + 1).kind() == Segment.Kind.UNKNOWN && gazetteer.isOrgHead(segments.get(at + 1).last().norm());
    }

    /**
     * Whether an unknown segment sits right beside the known one as part of one name. A name in an oblique case
     * is not part of a longer one ("Президент России Владимир Путин", "Moskaus Antwort": the dictionary gives
     * it a lemma other than itself). In German a common noun before a name is not part of it either
     * ("Unterstützung Deutschlands"), as German writes every noun with a capital; one after a name as written
     * is its head ("Europäische Union"). Elsewhere a capitalised word beside a place is part of a name ("Real
     * Madrid", "Staten Island").
     */
    private static boolean touches(Segment left, Segment right, LanguageProfile language) {
        if (!adjacent(left, right) || (left.kind() != Segment.Kind.UNKNOWN && right.kind() != Segment.Kind.UNKNOWN)) {
            return false;
        }
        if (language.isEnglish()) {
            return true;
        }
        Morphology morphology = Morphology.of(language.code());
        Segment known = left.kind() == Segment.Kind.UNKNOWN ? right : left;
        if (morphology.inflectedForm(known.first())) {
            return false;
        }
        return !language.capitalisesNouns() || known == left || !morphology.capitalisedCommonNoun(left.last());
    }

    private static boolean adjacent(Segment left, Segment right) {
        return left.last().index() + 1 == right.first().index();
    }
}
