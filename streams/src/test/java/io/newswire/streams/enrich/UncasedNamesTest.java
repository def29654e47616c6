package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UncasedNamesTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final UncasedNames names = new UncasedNames(Gazetteer.get());

    private List<String> known(String body, String language) {
        return names.chunk(analyzer.analyze("", body), LanguageProfile.of(language)).stream()
                .map(run -> run.get(0).known().canonical()).toList();
    }

    @Test
    void shouldFindChineseCountryNamesUnderTheirOneId() {
        assertEquals(List.of("China", "Germany"), known("中国总理周二会见德国外长。", "zh"));
    }

    @Test
    void shouldFindAnArabicCountryAfterAConjunction() {
        assertTrue(known("وقعت مصر والسعودية اتفاقية جديدة", "ar").contains("Saudi Arabia"));
    }

    @Test
    void shouldFindACityByItsNameInTheScriptWhereCldrHasNone() {
        assertEquals(List.of("Beijing"), known("代表团周三抵达北京。", "zh"));
    }

    @Test
    void shouldFindSouthKoreaByTheNameKoreanNewsGivesIt() {
        assertEquals(List.of("South Korea"), known("한국 정부는 합의를 환영했다", "ko"));
    }

    @Test
    void shouldFindTheUnitedStatesByItsJapanesePressName() {
        assertEquals(List.of("United States"), known("米国は声明を出した。", "ja"));
    }

    @Test
    void shouldFindACountryByThePressNameCldrLacks() {
        assertEquals(List.of("North Korea"), known("북한은 미사일을 발사했다", "ko"));
    }

    @Test
    void shouldFindAHebrewCountryAfterAConjunction() {
        assertTrue(known("ישראל ומצרים חתמו על הסכם", "he").contains("Egypt"));
    }

    @Test
    void shouldFindAKoreanPlaceBeforeAParticle() {
        assertTrue(known("장관은 서울에서 일본과 회담을 열었다", "ko").containsAll(List.of("Seoul", "Japan")));
    }

    @Test
    void shouldNotTakeOneChineseCharacterForAName() {
        assertEquals(List.of(), known("美", "zh"));
    }

    @Test
    void shouldApplyToScriptsWithoutCapitals() {
        assertTrue(UncasedNames.applies(analyzer.analyze("", "وقعت مصر والسعودية اتفاقية جديدة")));
        assertTrue(UncasedNames.applies(analyzer.analyze("", "中国总理周二会见德国外长。")));
    }

    @Test
    void shouldNotApplyToScriptsWithCapitals() {
        assertFalse(UncasedNames.applies(analyzer.analyze("", "the minister met his counterpart in berlin on tuesday")));
        assertFalse(UncasedNames.applies(analyzer.analyze("", "Министр встретился с коллегой в Берлине")));
    }
}
