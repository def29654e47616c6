package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JunkRulesTest {

    private final JunkRules rules = JunkRules.load();

    @Test
    void shouldDropWidgetLines() {
        assertEquals(List.of("Real text."), rules.clean(List.of("Adjust Comment Print", "Real text.", "More news: Ten recipes")));
    }

    @Test
    void shouldCutEverythingAfterLikeThis() {
        assertEquals(List.of("Real text."), rules.clean(List.of("Real text.", "Like this:", "Loading...", "Another story")));
    }

    @Test
    void shouldKeepSentencesThatMerelyMentionWidgetWords() {
        List<String> prose = List.of("The comments came as the council met.", "Readers who like this kind of story wrote in.");
        assertEquals(prose, rules.clean(prose));
    }

    @Test
    void shouldDropReadAlsoLinksInOtherLanguages() {
        List<String> lines = List.of("Die Stadt feiert.", "Mehr zum Thema - Hafen: Neue Fähre geplant", "LIRE AUSSI >> Un port à l'arrêt",
                "CZYTAJ RÓWNIEŻ: Noc strażaków", "LEE MÁS: Un puerto cerrado", "Читайте также: Порт закрыт", "Weiterlesen nach der Anzeige");
        assertEquals(List.of("Die Stadt feiert."), rules.clean(lines));
    }

    @Test
    void shouldDropTheLongLinesOfNewsletterAndSocialWidgets() {
        List<String> lines = List.of("Sign up to FREE daily email alerts from harbourpost - Daily Subscribe Thank you for subscribing "
                        + "See our privacy notice Could not subscribe, try again later Invalid Email",
                "The ferry left at noon.",
                "Follow HarbourPostLive",
                "Follow us on Twitter - For breaking news and the latest stories, click here to follow HPLive on Twitter .",
                "Download our app - You can download our free app for iPhone and iPad from the App Store.");
        assertEquals(List.of("The ferry left at noon."), rules.clean(lines));
    }

    @Test
    void shouldDropFollowPromptsAdvertisementMarkersAndPaywallsInOtherLanguages() {
        List<String> lines = List.of("Síguenos en Google Noticias", "Anzeige", "REKLAMA", "Registrieren Sie sich jetzt kostenlos, um weiterzulesen.",
                "Die Fähre legte am Mittag ab.");
        assertEquals(List.of("Die Fähre legte am Mittag ab."), rules.clean(lines));
    }

    @Test
    void shouldKeepSentencesAboutFollowingOrAdvertising() {
        List<String> prose = List.of("Follow the money, the prosecutor told the jury.", "Die Anzeige wurde am Montag erstattet.",
                "Users who download the app must accept its terms, the regulator said, and many never read them.");
        assertEquals(prose, rules.clean(prose));
    }

    @Test
    void shouldDropPhotoCaptionsEndingInTheirCredit() {
        List<String> lines = List.of("Die Fähre legte am Mittag ab.",
                "Ein Feuerwehrwagen fährt über eine Brücke. Foto: Jana Beispiel/dpa-Zentralbild/dpa/Archivbild",
                "Auch er spricht: der Bürgermeister. (Foto: WDR/J. Muster)",
                "V.Lh. – Photo : Pompiers de Namur",
                "Leere Bahnsteige in Madrid. Foto: Ana Ejemplo/Europa Press/dpa +++ dpa-Bildfunk +++");
        assertEquals(List.of("Die Fähre legte am Mittag ab."), rules.clean(lines));
    }

    @Test
    void shouldDropPageNavigationAndCommentConsentLines() {
        List<String> lines = List.of("Inhalt ARTIKEL AUF EINER SEITE LESEN > Vorherige Seite Nächste Seite", "Previous page | Next page",
                "Kommentar-Profil anlegen Ich habe die NETIQUETTE und die DATENSCHUTZERKLÄRUNG gelesen und akzeptiere diese.*",
                "Die Fähre legte am Mittag ab.");
        assertEquals(List.of("Die Fähre legte am Mittag ab."), rules.clean(lines));
    }

    @Test
    void shouldKeepSentencesAboutPages() {
        List<String> prose = List.of("On the next page of the report, the auditors list the missing funds.",
                "Lesen Sie die vorherige Seite des Berichts, sagte der Prüfer.");
        assertEquals(prose, rules.clean(prose));
    }

    @Test
    void shouldKeepSentencesAboutAPhoto() {
        List<String> prose = List.of("Le photographe a pris la photo : elle a fait le tour du monde.",
                "Das Bild: ein Hafen im Nebel, den der Maler 1890 malte.");
        assertEquals(prose, rules.clean(prose));
    }

    @Test
    void shouldNameTheRuleThatMatched() {
        assertEquals("more-news-link", rules.match("More news: Tesla recall").orElseThrow().name());
    }

    @Test
    void shouldRejectMalformedRuleLine() {
        assertThrows(IllegalArgumentException.class, () -> JunkRules.parse(List.of("only-a-name")));
    }

    @Test
    void shouldIgnoreCommentsInRuleFile() {
        assertTrue(JunkRules.parse(List.of("# comment", "")).match("anything").isEmpty());
    }

    @Test
    void shouldTryACuedRuleOnlyOnLinesHoldingOneOfItsCues() {
        JunkRules cued = JunkRules.parse(List.of("promo  drop  if:offer|deal  .*today"));
        assertTrue(cued.match("Great OFFER today").isPresent());
        assertTrue(cued.match("Sunny today").isEmpty());
    }

    @Test
    void shouldRejectCuesWithoutARegex() {
        assertThrows(IllegalArgumentException.class, () -> JunkRules.parse(List.of("promo  drop  if:offer")));
    }

    @Test
    void shouldAnswerTheFirstMatchingRuleInFileOrder() {
        JunkRules ordered = JunkRules.parse(List.of("wide  drop  .*today", "narrow  cut  sale\\s+today"));
        assertEquals("wide", ordered.match("Sale today").orElseThrow().name());
    }

    @Test
    void shouldAnswerACuedRuleBeforeALaterRuleWithoutCues() {
        JunkRules ordered = JunkRules.parse(List.of("promo  drop  if:offer  .*today", "wide  cut  .*today"));
        assertEquals("promo", ordered.match("Offer ends today").orElseThrow().name());
        assertEquals("wide", ordered.match("Rain today").orElseThrow().name());
    }

    @Test
    void shouldRejectANumberedBackReference() {
        assertThrows(IllegalArgumentException.class, () -> JunkRules.parse(List.of("echo  drop  (\\w+) \\1")));
    }
}
