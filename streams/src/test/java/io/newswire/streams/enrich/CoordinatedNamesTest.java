package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatedNamesTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldTypeANameListedBetweenTwoPeopleAsAPerson() {
        AnalyzedText text = analyzer.analyze("", "El acto recordó a Fidel Castro, Camilo Cienfuegos y Ernesto Guevara.");
        MentionGroup listed = Mentions.group(text, EntityType.MISC, "Camilo", "Cienfuegos");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(Mentions.group(text, EntityType.PERSON, "Fidel", "Castro"), listed,
                Mentions.group(text, EntityType.PERSON, "Ernesto", "Guevara"))), LanguageProfile.of("es"));
        assertEquals(EntityType.PERSON, listed.type);
    }

    @Test
    void shouldTypeANameListedBetweenTwoPlacesAsAPlace() {
        AnalyzedText text = analyzer.analyze("", "Llovió en Mérida, Valladolid y Campeche durante la noche.");
        MentionGroup listed = Mentions.group(text, EntityType.MISC, "Valladolid");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(Mentions.group(text, EntityType.LOCATION, "Mérida"), listed,
                Mentions.group(text, EntityType.LOCATION, "Campeche"))), LanguageProfile.of("es"));
        assertEquals(EntityType.LOCATION, listed.type);
    }

    @Test
    void shouldTypeEveryUntypedNameOfAListWhoseTypedNamesAgree() {
        AnalyzedText text = analyzer.analyze("", "Spoke were Rafael Nadal, Dominic Thiem, Carlos Moya and Roger Federer.");
        MentionGroup second = Mentions.group(text, EntityType.MISC, "Dominic", "Thiem");
        MentionGroup third = Mentions.group(text, EntityType.MISC, "Carlos", "Moya");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(Mentions.group(text, EntityType.PERSON, "Rafael", "Nadal"), second, third,
                Mentions.group(text, EntityType.PERSON, "Roger", "Federer"))), LanguageProfile.english());
        assertEquals(List.of(EntityType.PERSON, EntityType.PERSON), List.of(second.type, third.type));
    }

    @Test
    void shouldLeaveAListWhoseTypedNamesDisagree() {
        AnalyzedText text = analyzer.analyze("", "Talks brought Angela Merkel, Apex Ventures and Deutsche Bank together.");
        MentionGroup listed = Mentions.group(text, EntityType.MISC, "Apex", "Ventures");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(Mentions.group(text, EntityType.PERSON, "Angela", "Merkel"), listed,
                Mentions.group(text, EntityType.ORGANIZATION, "Deutsche", "Bank"))), LanguageProfile.english());
        assertEquals(EntityType.MISC, listed.type);
    }

    @Test
    void shouldLeaveANameWithAPersonOnOneSideOnly() {
        AnalyzedText text = analyzer.analyze("", "The talks brought Angela Merkel and Deutsche Bank together on Monday.");
        MentionGroup bank = Mentions.group(text, EntityType.MISC, "Deutsche", "Bank");
        CoordinatedNames.typed(text, new ArrayList<>(List.of(Mentions.group(text, EntityType.PERSON, "Angela", "Merkel"), bank)), LanguageProfile.english());
        assertEquals(EntityType.MISC, bank.type);
    }
}
