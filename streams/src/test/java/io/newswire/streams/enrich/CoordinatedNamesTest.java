package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatedNamesTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private static MentionGroup group(AnalyzedText text, EntityType type, String... words) {
        int first = text.tokens().stream().filter(t -> t.text().equals(words[0])).findFirst().orElseThrow().index();
        MentionGroup group = new MentionGroup(type, String.join(" ", words));
        group.segments.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(text.tokens().subList(first, first + words.length)), null));
        return group;
    }

    @Test
    void shouldTypeANameListedBetweenTwoPeopleAsAPerson() {
        AnalyzedText text = analyzer.analyze("", "El acto recordó a Fidel Castro, Camilo Cienfuegos y Ernesto Guevara.");
        MentionGroup listed = group(text, EntityType.MISC, "Camilo", "Cienfuegos");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(group(text, EntityType.PERSON, "Fidel", "Castro"), listed,
                group(text, EntityType.PERSON, "Ernesto", "Guevara"))));
        assertEquals(EntityType.PERSON, listed.type);
    }

    @Test
    void shouldTypeANameListedBetweenTwoPlacesAsAPlace() {
        AnalyzedText text = analyzer.analyze("", "Llovió en Mérida, Valladolid y Campeche durante la noche.");
        MentionGroup listed = group(text, EntityType.MISC, "Valladolid");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(group(text, EntityType.LOCATION, "Mérida"), listed,
                group(text, EntityType.LOCATION, "Campeche"))));
        assertEquals(EntityType.LOCATION, listed.type);
    }

    @Test
    void shouldTypeEveryUntypedNameOfAListWhoseTypedNamesAgree() {
        AnalyzedText text = analyzer.analyze("", "Spoke were Rafael Nadal, Dominic Thiem, Carlos Moya and Roger Federer.");
        MentionGroup second = group(text, EntityType.MISC, "Dominic", "Thiem");
        MentionGroup third = group(text, EntityType.MISC, "Carlos", "Moya");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(group(text, EntityType.PERSON, "Rafael", "Nadal"), second, third,
                group(text, EntityType.PERSON, "Roger", "Federer"))));
        assertEquals(List.of(EntityType.PERSON, EntityType.PERSON), List.of(second.type, third.type));
    }

    @Test
    void shouldLeaveAListWhoseTypedNamesDisagree() {
        AnalyzedText text = analyzer.analyze("", "Talks brought Angela Merkel, Apex Ventures and Deutsche Bank together.");
        MentionGroup listed = group(text, EntityType.MISC, "Apex", "Ventures");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(group(text, EntityType.PERSON, "Angela", "Merkel"), listed,
                group(text, EntityType.ORGANIZATION, "Deutsche", "Bank"))));
        assertEquals(EntityType.MISC, listed.type);
    }

    @Test
    void shouldLeaveANameWithAPersonOnOneSideOnly() {
        AnalyzedText text = analyzer.analyze("", "The talks brought Angela Merkel and Deutsche Bank together on Monday.");
        MentionGroup bank = group(text, EntityType.MISC, "Deutsche", "Bank");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(group(text, EntityType.PERSON, "Angela", "Merkel"), bank)));
        assertEquals(EntityType.MISC, bank.type);
    }
}
