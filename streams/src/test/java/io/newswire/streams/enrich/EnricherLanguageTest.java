package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Keyword;
import io.newswire.serde.TrustedAvroPackages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnricherLanguageTest {

    private static final String GERMAN = "Die Stadtverwaltung von Lindenau hat am Dienstag die neuen Pläne für den Hochwasserschutz "
            + "vorgestellt. Die Dämme an der Elbe sollen bis zum nächsten Frühjahr erhöht werden, damit die Häuser am Ufer "
            + "geschützt sind. Die Anwohner begrüßten die Pläne, doch die Kosten für den Hochwasserschutz sind noch nicht "
            + "geklärt. Der Hochwasserschutz soll aus Mitteln des Landes bezahlt werden, wie die Verwaltung mitteilte.";

    private final Enricher enricher = Enricher.withDefaults();

    @BeforeAll
    static void trustOurRecords() {
        // Building an Article with defaults decodes them through Avro, which must trust our classes.
        TrustedAvroPackages.register();
    }

    private Article enrich(String title, String body) {
        Article raw = Article.newBuilder().setId("a").setSource("s").setTitle(title).setBody(body)
                .setIngestedAt(Instant.EPOCH).setEventTime(Instant.EPOCH).build();
        return enricher.enrich(raw, new LearnedDocumentFrequencies(WordStats.get()));
    }

    @Test
    void shouldLeaveToneEmptyRatherThanApplyTheEnglishLexiconToGerman() {
        Article article = enrich("Neue Dämme für Lindenau", GERMAN);
        assertEquals("de", article.getLanguage());
        assertNull(article.getTone());
        assertTrue(article.getQuotations().isEmpty());
    }

    @Test
    void shouldCategoriseGermanWithGermanCues() {
        Article article = enrich("Hochwasser an der Elbe", "Nach tagelangem Regen ist die Elbe über die Ufer getreten. Die Feuerwehr "
                + "evakuierte drei Dörfer, Rettungskräfte suchen nach zwei Vermissten. Die Überschwemmung sei eine Katastrophe, sagte der Landrat.");
        assertEquals("disaster", article.getCategories().get(0).getCode(), article.getCategories().toString());
    }

    @Test
    void shouldDropTheArticlesOwnStopwordsFromItsKeywords() {
        Article article = enrich("Neue Dämme für Lindenau", GERMAN);
        assertFalse(article.getKeywords().stream().map(Keyword::getTerm).anyMatch(t -> t.equals("die") || t.equals("und")
                || t.equals("der") || t.equals("für")), article.getKeywords().toString());
        assertTrue(article.getKeywords().stream().map(Keyword::getTerm).anyMatch(t -> t.equals("hochwasserschutz")));
    }

    @Test
    void shouldKeepFrenchFunctionWordsOutOfItsKeywords() {
        Article article = enrich("La digue de Lindenau est fermée", "La digue de Lindenau est fermée depuis mardi. Son état est "
                + "très grave, et la ville est inquiète : la digue a été fissurée très tôt, dont une partie est tombée. La digue "
                + "est surveillée, son renforcement est prévu cet été, comme la digue voisine.");
        List<String> terms = article.getKeywords().stream().map(Keyword::getTerm).toList();
        assertFalse(terms.contains("est") || terms.contains("son") || terms.contains("été") || terms.contains("très")
                || terms.contains("dont") || terms.contains("comme"), terms.toString());
        assertTrue(terms.contains("digue"), terms.toString());
    }

    @Test
    void shouldKeepReportingVerbsAndElidedArticlesOutOfFrenchKeywords() {
        Article article = enrich("Les digues de Lindenau", "La ville de Lindenau a évacué mardi la vieille ville. « Nous n'avons pas "
                + "d'autre choix, les digues ne tiennent plus », a déclaré la maire. « La situation est grave », a-t-il ajouté. "
                + "Les digues de l'estuaire seront renforcées, a déclaré le préfet, et l'autre rive sera protégée.");
        List<String> terms = article.getKeywords().stream().map(Keyword::getTerm).toList();
        assertFalse(terms.contains("déclaré") || terms.contains("a-t-il") || terms.contains("d'autre") || terms.contains("l'estuaire"),
                terms.toString());
        assertTrue(terms.contains("estuaire"), terms.toString());
    }

    @Test
    void shouldLeaveWeekdaysAndMonthsOutOfKeywords() {
        Article french = enrich("La digue de Lindenau fermée mardi", "La digue de Lindenau est fermée depuis mardi. Mardi soir, la digue "
                + "a cédé ; en mars, la digue avait déjà cédé.");
        List<String> terms = french.getKeywords().stream().map(Keyword::getTerm).toList();
        assertFalse(terms.contains("mardi") || terms.contains("mars"), terms.toString());
        Article english = enrich("Lindenau march on Sunday", "Thousands joined the march in Lindenau on Sunday. The march, the "
                + "largest since January, ended at the dam.");
        List<String> englishTerms = english.getKeywords().stream().map(Keyword::getTerm).toList();
        assertTrue(englishTerms.contains("march") && !englishTerms.contains("sunday") && !englishTerms.contains("january"),
                englishTerms.toString());
    }

    @Test
    void shouldTakeChineseKeywordsAsWordsNotClauses() {
        Article article = enrich("中国与德国签署气候协议", "中国总理周二在首都会见德国总理，双方签署了气候合作协议。德国总理表示，德国欢迎中国企业投资。");
        List<String> terms = article.getKeywords().stream().map(Keyword::getTerm).toList();
        assertTrue(terms.containsAll(List.of("中国", "德国", "协议")), terms.toString());
        assertTrue(terms.stream().allMatch(t -> t.length() <= 4), terms.toString());
    }

    @Test
    void shouldKeepJapaneseParticlesOutOfKeywords() {
        Article article = enrich("日本とフランスが合意", "日本の首相は東京でフランスの大統領と会談し、防衛協力で合意した。首相は会談の成果を強調した。");
        List<String> terms = article.getKeywords().stream().map(Keyword::getTerm).toList();
        assertTrue(terms.contains("フランス"), terms.toString());
        assertTrue(terms.stream().noneMatch(UnspacedScripts::hiraganaOnly), terms.toString());
    }

    @Test
    void shouldStillScoreToneOnEnglish() {
        Article article = enrich("Flood barriers raised", "The town council said on Tuesday that the flood barriers along the river "
                + "will be raised before the spring. Residents welcomed the plan, but the cost has not yet been settled and the "
                + "council will ask the regional government to pay for the work.");
        assertEquals("en", article.getLanguage());
        assertNotNull(article.getTone());
    }
}
