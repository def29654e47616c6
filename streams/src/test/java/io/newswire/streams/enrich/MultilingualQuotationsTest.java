package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations as other languages write them; our own sentences. */
class MultilingualQuotationsTest {

    private final EntityExtractor entities = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<QuotationExtractor.Quotation> quotations(String language, String body) {
        LanguageProfile profile = LanguageProfile.of(language);
        AnalyzedText text = analyzer.analyze("", body);
        QuotationExtractor extractor = new QuotationExtractor(entities.reportingVerbs(), Gazetteer.get(),
                QuoteStyle.of(profile, entities.reportingVerbs()));
        return extractor.extract(text, entities.extract(text, profile));
    }

    @Test
    void shouldAttributeAGermanQuotationWithTheVerbBeforeTheName() {
        List<QuotationExtractor.Quotation> found = quotations("de",
                "Die Stadt hat die Altstadt geräumt. „Wir haben keine andere Wahl, die Dämme halten nicht“, sagte Clara Vennstrom am Abend.");
        assertEquals(1, found.size());
        assertEquals("Clara Vennstrom", found.get(0).speaker());
        assertEquals("sagte", found.get(0).verb());
    }

    @Test
    void shouldGiveAQuotationAfterAPersonsNameAndAColonThatPerson() {
        List<QuotationExtractor.Quotation> quotes = quotations("de", "Die Landesrätin Helga Brunnsteiner zog am Montag Bilanz. "
                + "Brunnsteiner: „Die Reform hat sich für alle Gemeinden gelohnt“. Die Opposition sieht das anders.");
        assertEquals("Helga Brunnsteiner", quotes.get(0).speaker());
    }

    @Test
    void shouldGiveNoSpeakerToAQuotationAfterAColonThatNamesNoPerson() {
        List<QuotationExtractor.Quotation> quotes = quotations("de", "Die Gemeinde Feldbach zog am Montag Bilanz. "
                + "Feldbach: „Die Reform hat sich für alle Gemeinden gelohnt“. Die Opposition sieht das anders.");
        assertEquals(null, quotes.get(0).speaker());
    }

    @Test
    void shouldGiveAQuotationAfterAColonTheSubjectOfItsSentence() {
        List<QuotationExtractor.Quotation> quotes = quotations("de", "Die Stadt hat die Altstadt geräumt. "
                + "Bürgermeister Jonas Wendtland würdigte die Feuerwehr für ihren Einsatz: „Ohne sie stünde die Altstadt unter Wasser.“");
        assertEquals("Jonas Wendtland", quotes.get(0).speaker());
    }

    @Test
    void shouldGiveNoSpeakerToAQuotationAfterAColonWhenTwoPeopleOpenTheSentence() {
        List<QuotationExtractor.Quotation> quotes = quotations("de", "Die Stadt hat die Altstadt geräumt. "
                + "Jonas Wendtland und Clara Vennstrom berieten am Abend: „Ohne die Feuerwehr stünde die Altstadt unter Wasser.“");
        assertNull(quotes.get(0).speaker());
    }

    @Test
    void shouldAttributeAFrenchQuotationInGuillemetsAfterAnAuxiliary() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "La ville a évacué la vieille ville. « Nous n'avons pas d'autre choix, les digues ne tiennent plus », a déclaré Clara Vennstrom.");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
    }

    @Test
    void shouldAttributeARussianQuotationAfterADash() {
        List<QuotationExtractor.Quotation> found = quotations("ru",
                "Власти эвакуировали жителей. «У нас нет другого выбора, дамбы не выдерживают», — заявила Клара Веннстром.");
        assertEquals("Клара Веннстром", found.get(0).speaker());
    }

    @Test
    void shouldGiveAFrenchPronounOnTheVerbThePersonItCanOnlyMean() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "Jonas Berger était sur place. « La situation est grave mais sous contrôle », a-t-il ajouté.");
        assertEquals("Jonas Berger", found.get(0).speaker());
        assertEquals("ajouté", found.get(0).verb());
    }

    @Test
    void shouldGiveNoSpeakerForAPronounThatTwoPeopleCouldBe() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "Jonas Berger et Paul Martin étaient sur place. « La situation est grave mais sous contrôle », a-t-il ajouté.");
        assertNull(found.get(0).speaker());
    }

    @Test
    void shouldGiveAnImpersonalAttributionNoSpeaker() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "Jonas Berger était sur place. « La situation est grave mais sous contrôle », a-t-on précisé au ministère.");
        assertNull(found.get(0).speaker());
    }

    @Test
    void shouldGiveASpanishVerbWithoutSubjectThePersonWhoSpokeBefore() {
        List<QuotationExtractor.Quotation> found = quotations("es",
                "La alcaldesa Clara Vennstrom explicó que la ciudad evacuó el casco antiguo. “No tenemos otra opción, los diques no aguantan”, agregó.");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
        assertEquals("agregó", found.get(0).verb());
    }

    @Test
    void shouldAttributeAGermanQuotationToThePersonTheVerbsPronounStandsFor() {
        List<QuotationExtractor.Quotation> found = quotations("de",
                "Clara Vennstrom sagte, die Dämme hielten nicht mehr. „Wir haben keine andere Wahl als die Räumung“, sagte sie.");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
    }

    @Test
    void shouldAttributeAPolishQuotationFollowedOnlyByADash() {
        List<QuotationExtractor.Quotation> found = quotations("pl",
                "Władze ewakuowały mieszkańców. „Nie mamy innego wyboru, wały nie wytrzymują” – powiedziała Klara Wenstrom.");
        assertEquals("Klara Wenstrom", found.get(0).speaker());
    }

    @Test
    void shouldNotTakeAnOrganisationThatOnlyDescribesTheSpeaker() {
        List<QuotationExtractor.Quotation> found = quotations("es",
                "La liga perdió a un líder. «Fue un mentor para todos nosotros y lo echaremos de menos», escribió en su perfil el ganador de dos anillos de la NBA.");
        assertNull(found.get(0).speaker());
    }

    @Test
    void shouldAttributeARussianQuotationToTheNameBetweenDashesInsideIt() {
        List<QuotationExtractor.Quotation> found = quotations("ru",
                "Власти эвакуировали жителей. «У нас нет другого выбора, – сказала Клара Веннстром. – Дамбы не выдерживают».");
        assertEquals("Клара Веннстром", found.get(0).speaker());
        assertEquals("У нас нет другого выбора \u2026 Дамбы не выдерживают", found.get(0).text());
    }

    @Test
    void shouldAttributeASpanishQuotationToTheNameBetweenDialogueDashesInsideIt() {
        List<QuotationExtractor.Quotation> found = quotations("es",
                "La ciudad evacuó el casco antiguo. «No tenemos otra opción —explicó Clara Vennstrom— porque los diques no aguantan».");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
        assertEquals("No tenemos otra opción \u2026 porque los diques no aguantan", found.get(0).text());
    }

    @Test
    void shouldAttributeAFrenchQuotationToTheNameBetweenCommasAfterTheVerbInsideIt() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "La ville a évacué la vieille ville. « Nous n'avons pas d'autre choix, a déclaré Clara Vennstrom, car les digues ne tiennent plus. »");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
        assertEquals("Nous n'avons pas d'autre choix \u2026 car les digues ne tiennent plus.", found.get(0).text());
    }

    @Test
    void shouldKeepAQuotationWholeWhereTheClauseBetweenDashesIsNoAttribution() {
        List<QuotationExtractor.Quotation> found = quotations("ru",
                "Клара Веннстром выступила в думе. «Наш город – старейший в области – не сдастся наводнению», – заявила Клара Веннстром.");
        assertEquals("Наш город – старейший в области – не сдастся наводнению", found.get(0).text());
    }

    @Test
    void shouldKeepAQuotationInsideAnotherPartOfTheOuterOne() {
        List<QuotationExtractor.Quotation> found = quotations("ru",
                "Клара Веннстром выступила в думе. «Жители говорят мне: “Мы устали ждать помощи”, и они правы», – заявила Клара Веннстром.");
        assertEquals(1, found.size());
        assertEquals("Клара Веннстром", found.get(0).speaker());
        assertEquals("Жители говорят мне: “Мы устали ждать помощи”, и они правы", found.get(0).text());
    }

    @Test
    void shouldAttributeAFrenchQuotationWithAnAdverbBetweenTheAuxiliaryAndTheVerb() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "La ville a évacué la vieille ville. « Les digues ne tiennent plus depuis lundi », a ainsi estimé la maire Clara Vennstrom.");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
    }

    @Test
    void shouldAttributeAFrenchQuotationWithThePluperfect() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "La ville a évacué la vieille ville. « Les digues ne tiennent plus depuis lundi », avait expliqué Clara Vennstrom.");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
    }

    @Test
    void shouldAttributeAFrenchQuotationToAnAbbreviatedTitleAndSurname() {
        List<QuotationExtractor.Quotation> found = quotations("fr",
                "Jonas Berger a visité la digue mardi. « La situation est grave mais sous contrôle », a déclaré M. Berger.");
        assertEquals("Jonas Berger", found.get(0).speaker());
    }

    @Test
    void shouldAttributeAGermanQuotationToThePronounBeforeWhomItWasSaidTo() {
        List<QuotationExtractor.Quotation> found = quotations("de",
                "Clara Vennstrom besuchte am Montag die Deiche. „Wir haben keine andere Wahl als die Räumung“, sagte sie dem Tagesblatt.");
        assertEquals("Clara Vennstrom", found.get(0).speaker());
    }
}
