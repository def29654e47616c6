package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our own sentences, each long enough for the stopword gates (20 words) or left to the n-gram detector. */
class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier(WordStats.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The council said on Tuesday that the barriers along the river would be raised before the spring, and that the cost would be shared with the region.",
            "de|Die Stadt hat am Dienstag gesagt, dass die Dämme an dem Fluss vor dem Frühjahr erhöht werden und dass die Kosten mit dem Land geteilt werden.",
            "nl|De gemeente heeft dinsdag gezegd dat de dijken langs de rivier voor het voorjaar worden verhoogd en dat de kosten met de provincie worden gedeeld.",
            "it|Il comune ha detto martedì che gli argini lungo il fiume saranno alzati prima della primavera e che i costi saranno divisi con la regione.",
            "ru|Власти города во вторник сообщили, что дамбы вдоль реки будут подняты до весны, а расходы будут разделены с областью и её бюджетом.",
            "es|El ayuntamiento dijo el martes que los diques del río serán elevados antes de la primavera y que los costes serán compartidos con la región.",
            "ru|Президент подписал указ о поддержке малых предприятий, которые пострадали от наводнения в регионе прошлым летом, сообщили в Кремле журналистам.",
            "uk|Президент підписав указ про підтримку малих підприємств, які постраждали від повені в регіоні минулого літа, повідомили в офісі журналістам.",
            "bg|Президентът подписа указ за подкрепа на малките предприятия, които пострадаха от наводнението в региона миналото лято, съобщиха от офиса."})
    void shouldIdentifyTheLanguageOfANewsSentence(String language, String text) {
        assertEquals(language, identifier.identify(analyzer.analyze("", text).tokens(), text).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ja|市の当局は火曜日、春までに川沿いの堤防を高くすると発表した。",
            "zh|市政府周二表示，河边的堤坝将在春天之前加高，费用由地区分担。",
            "ko|시 당국은 화요일 봄이 오기 전에 강변 제방을 높이겠다고 밝혔다.",
            "th|เทศบาลกล่าวเมื่อวันอังคารว่าจะยกระดับเขื่อนริมแม่น้ำก่อนฤดูใบไม้ผลิ",
            "el|Ο δήμος ανακοίνωσε την Τρίτη ότι τα αναχώματα του ποταμού θα υψωθούν πριν από την άνοιξη."})
    void shouldTellALanguageByTheScriptOnlyItWritesNewsIn(String language, String text) {
        assertEquals(language, LanguageIdentifier.byScript(text).code());
    }

    @Test
    void shouldLeaveAScriptSeveralLanguagesShareToTheDetector() {
        assertEquals(null, LanguageIdentifier.byScript("وقعت مصر والسعودية يوم الثلاثاء اتفاقية جديدة للطاقة"));
        assertEquals(null, LanguageIdentifier.byScript("Власти города во вторник сообщили"));
    }

    @Test
    void shouldLetTheRunningTextDecideWhereATextOpensWithAListOfNames() {
        String list = "Tomas Vennberg (SWE) a Karel Lindqvist (NOR), 6-4, 7-5.\n".repeat(12);
        String text = list + "El torneo se juega en la ciudad desde hace veinte años y los organizadores dijeron que el público llenó las gradas "
                + "durante toda la semana, a pesar de la lluvia que cayó sobre la pista el martes y el miércoles por la tarde. Los jugadores "
                + "de la final se enfrentarán el domingo en la pista central, que tiene un techo desde el año pasado, y el ganador recibirá "
                + "un premio que es el doble del que se dio en la edición anterior, según explicó el director del torneo a los periodistas "
                + "que esperaban en la sala de prensa. La federación dijo que la próxima edición se jugará en las mismas fechas y que las "
                + "entradas se pondrán a la venta en el mes de enero para los socios de los clubes de la región.";
        assertEquals("es", identifier.identify(analyzer.analyze("", text).tokens(), text).code());
    }
}
