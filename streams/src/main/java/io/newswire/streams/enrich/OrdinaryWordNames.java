package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/** Capitalised ordinary words read as names of their own, outside English and German. */
final class OrdinaryWordNames {

    private OrdinaryWordNames() {
    }

    /**
     * "la Ville de Bruxelles", "la direction générale de l'Alimentation": the Romance languages capitalise an ordinary
     * word inside an institution's name they write partly in lower case, which left "Ville" and "Alimentation" as names
     * of their own. An untyped one-word name the article mentions once, that is an ordinary word of the language, is
     * no entity; one written so more than once stays ("l'Arctique", "l'Anses"). SemEval es 0.826 -> 0.848, pl 0.312 ->
     * 0.313, fr unchanged; it 0.7068 -> 0.7067; dropping such words at any count read es 0.844 but fr 0.853.
     */
    static List<MentionGroup> without(List<MentionGroup> groups, LanguageProfile language) {
        if (language.isEnglish() || language.capitalisesNouns()) {
            return groups;
        }
        Morphology lexicon = Morphology.lexicon(language.code());
        List<MentionGroup> kept = new ArrayList<>(groups.size());
        for (MentionGroup group : groups) {
            boolean ordinary = group.type == EntityType.MISC && group.segments.size() == 1 && group.segments.stream()
                    .allMatch(s -> s.kind() == Segment.Kind.UNKNOWN && s.tokens().size() == 1 && !s.first().acronym()
                            && lexicon.ordinaryWord(s.first()));
            if (!ordinary) {
                kept.add(group);
            }
        }
        return kept;
    }
}
