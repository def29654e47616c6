package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationHeadsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());

    private List<Token> tokens(String name) {
        return analyzer.analyze("", name).tokens();
    }

    @Test
    void shouldTakeASpanishNameHeadedByAnInstitutionForAnOrganisation() {
        assertTrue(OrganisationHeads.heads(tokens("Tribunal Supremo"), LanguageProfile.of("es")));
    }

    @Test
    void shouldFindTheHeadAfterAnArticleOpeningTheName() {
        assertTrue(OrganisationHeads.heads(tokens("El Gobierno de Venezuela"), LanguageProfile.of("es")));
    }

    @Test
    void shouldTakeADutchNameEndingInAnInstitutionForAnOrganisation() {
        assertTrue(OrganisationHeads.heads(tokens("Nederlandse Bank"), LanguageProfile.of("nl")));
    }

    @Test
    void shouldTakeADutchNameEndingInACompoundOfAnInstitutionForAnOrganisation() {
        assertTrue(OrganisationHeads.heads(tokens("Vlaamse Gemeenschapscommissie"), LanguageProfile.of("nl")));
    }

    @Test
    void shouldTakeADutchNameHeadedByAnInstitutionForAnOrganisation() {
        assertTrue(OrganisationHeads.heads(tokens("Universiteit Gent"), LanguageProfile.of("nl")));
    }

    @Test
    void shouldTakeADutchNameJoinedToAnInstitutionByAHyphenForAnOrganisation() {
        assertTrue(OrganisationHeads.heads(tokens("Likoed-partij"), LanguageProfile.of("nl")));
    }

    @Test
    void shouldNotTakeAOneWordDutchCompoundOfAnInstitutionForAName() {
        assertFalse(OrganisationHeads.heads(tokens("Rijksuniversiteit"), LanguageProfile.of("nl")));
    }

    @Test
    void shouldNotTakeAOneWordHeadForAName() {
        assertFalse(OrganisationHeads.heads(tokens("Gobierno"), LanguageProfile.of("es")));
    }

    @Test
    void shouldTakeAnInstitutionsNounWrittenWithACapitalInsideASentenceForTheInstitution() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("", "Ieri il Senato ha approvato la legge di bilancio."),
                LanguageProfile.of("it"));
        assertEquals(EntityType.ORGANIZATION, entities.get(0).type());
    }

    @Test
    void shouldNotTakeAnInstitutionsNounOpeningASentenceForAName() {
        assertFalse(OrganisationHeads.namesInstitution(tokens("Governo"), LanguageProfile.of("it")));
    }

    @Test
    void shouldKeepACompetitionNamedAfterAPlaceOneNameWithoutThePlace() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("", "El equipo ganó la Copa de Europa el sábado en Viena."),
                LanguageProfile.of("es"));
        assertEquals(List.of("Copa de Europa", "Viena"), entities.stream().map(e -> e.surfaceForms().get(0)).sorted().toList());
    }

    @Test
    void shouldTypeAnInstitutionNamedAfterAPlaceAsOneOrganisation() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("", "El Banco de España publicó hoy sus previsiones."),
                LanguageProfile.of("es"));
        assertEquals(EntityType.ORGANIZATION, entities.stream().filter(e -> e.surfaceForms().contains("Banco de España")).findFirst().orElseThrow().type());
    }

    @Test
    void shouldFindAnInflectedPolishHeadByItsLemma() {
        assertTrue(OrganisationHeads.heads(tokens("Ministerstwa Finansów"), LanguageProfile.of("pl")));
    }

    @Test
    void shouldFindAPolishHeadAfterAnAdjective() {
        assertTrue(OrganisationHeads.opens(tokens("Narodowy Bank Polski"), LanguageProfile.of("pl")));
    }

    @Test
    void shouldNotOpenANameWithADutchHeadAtItsEnd() {
        assertFalse(OrganisationHeads.opens(tokens("Zelfs de Fortis Bank"), LanguageProfile.of("nl")));
    }

    @Test
    void shouldKeepAnInstitutionThatOpensTheSentence() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("", "Rada Ministrów przyjęła we wtorek projekt budżetu."),
                LanguageProfile.of("pl"));
        assertEquals("Rada Ministrów", entities.get(0).name());
    }

    @Test
    void shouldTypeARussianNameEndingInAnInstitutionsNounAsAnOrganisation() {
        List<NameTagger.TaggedName> typed = OrganisationHeads.typedByHead(tokens("Центральный банк снизил ставку."),
                List.of(new NameTagger.TaggedName(0, 1, EntityType.LOCATION)), LanguageProfile.of("ru"));
        assertEquals(EntityType.ORGANIZATION, typed.get(0).type());
    }

    @Test
    void shouldLeaveARussianCountryNamedAsAFederation() {
        List<NameTagger.TaggedName> typed = OrganisationHeads.typedByHead(tokens("Российская Федерация заявила протест."),
                List.of(new NameTagger.TaggedName(0, 1, EntityType.LOCATION)), LanguageProfile.of("ru"));
        assertEquals(EntityType.LOCATION, typed.get(0).type());
    }

    @Test
    void shouldKeepTheAdjectiveBeforeAnInstitutionsNounThatIsAlsoAGivenName() {
        List<ExtractedEntity> entities = extractor.extract(analyzer.analyze("", "Wczoraj Narodowy Bank Polski ogłosił decyzję."),
                LanguageProfile.of("pl"));
        assertEquals("Narodowy Bank Polski", entities.get(0).name());
    }
}
