package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanInstitutionsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final Morphology german = Morphology.of("de");
    private final NameChunker chunker = new NameChunker(Gazetteer.get(), WordStats.get());

    private List<String> institutions(String body, List<NameTagger.TaggedName> tagged) {
        AnalyzedText text = analyzer.analyze("", body);
        return new GermanInstitutions(LanguageProfile.of("de"), german, word -> Boolean.TRUE.equals(Gazetteer.get().firstName(word.norm())),
                span -> chunker.knownName(span, LanguageProfile.of("de"))).extended(text, tagged).stream()
                .filter(n -> n.type() == EntityType.ORGANIZATION)
                .map(n -> text.text().substring(text.tokens().get(n.first()).start(), text.tokens().get(n.last()).end()))
                .toList();
    }

    private List<String> institutions(String body) {
        return institutions(body, List.of());
    }

    @Test
    void shouldJoinAnInstitutionToWhatItIsFor() {
        assertEquals(List.of("Bundesagentur für Arbeit"), institutions("Die Bundesagentur für Arbeit meldet mehr Stellen."));
    }

    @Test
    void shouldJoinPurposesLinkedByUnd() {
        assertEquals(List.of("Bundesamt für Migration und Flüchtlinge"),
                institutions("Das Bundesamt für Migration und Flüchtlinge prüft den Antrag."));
    }

    @Test
    void shouldKeepTheAdjectiveBeforeAPurpose() {
        assertEquals(List.of("Bundeszentrale für politische Bildung"),
                institutions("Die Bundeszentrale für politische Bildung lädt ein."));
    }

    @Test
    void shouldReadAnInflectedHead() {
        assertEquals(List.of("Instituts für Weltwirtschaft"), institutions("Ein Sprecher des Instituts für Weltwirtschaft sagte das."));
    }

    @Test
    void shouldStartAtTheTaggedNameThatEndsWithTheHead() {
        String body = "Das Deutsche Institut für Wirtschaftsforschung rechnet mit Wachstum.";
        assertEquals(List.of("Deutsche Institut für Wirtschaftsforschung"),
                institutions(body, List.of(new NameTagger.TaggedName(1, 2, EntityType.MISC))));
    }

    @Test
    void shouldNotJoinAPurposeInLowerCase() {
        assertEquals(List.of(), institutions("Das Amt für die Stadt bleibt offen."));
    }

    @Test
    void shouldNotJoinANounThatHeadsNoInstitution() {
        assertEquals(List.of(), institutions("Der Kampf für Freiheit geht weiter."));
    }

    @Test
    void shouldNotReadAPluralAsOneBody() {
        assertEquals(List.of(), institutions("Er will drei Beschäftigungsgesellschaften für Logistik gründen."));
    }

    @Test
    void shouldNotStartAPurposeWithAnArticle() {
        assertEquals(List.of(), institutions("Die Sender produzieren mit anderen Anstalten für Das Erste."));
    }

    @Test
    void shouldStopBeforeAPersonNamedAfterIt() {
        assertEquals(List.of("Bundesagentur für Arbeit"), institutions("Der Chef der Bundesagentur für Arbeit Frank Weise sagte das."));
    }

    @Test
    void shouldReadAListedNameWithFürAsOneOrganisation() {
        assertEquals(List.of("Alternative für Deutschland"), institutions("Die Alternative für Deutschland legt zu."));
    }
}
