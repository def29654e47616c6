package io.newswire.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTest {

    private final PublishedDateParser parser = new PublishedDateParser();

    @ParameterizedTest
    @ValueSource(strings = {"3. Dezember 2026", "3 décembre 2026", "3 de diciembre de 2026", "3 dicembre 2026", "3 de dezembro de 2026",
            "3 december 2026", "3 декабря 2026", "3 grudnia 2026", "Veröffentlicht am 3. Dez. 2026"})
    void shouldReadDayFirstDatesWithMonthNamesOfOtherLanguages(String text) {
        assertEquals(LocalDate.of(2026, 12, 3), parser.parse(text).orElseThrow().date());
    }

    @Test
    void shouldNotTakeAnOrdinaryWordBetweenNumbersForAMonth() {
        assertEquals(Optional.empty(), parser.parse("3 Autos 2026"));
    }

    @Test
    void shouldReadTheDateOfAscTime() {
        PublishedTime time = parser.parse("Wed Jan  1 06:50:00 2020").orElseThrow();
        assertEquals(LocalDate.of(2020, 1, 1), time.date());
        assertEquals(Optional.empty(), time.instant());
    }

    @Test
    void shouldRejectAnAscTimeWhoseWeekdayContradictsItsDate() {
        assertEquals(Optional.empty(), parser.parse("Thu Jan  1 06:50:00 2020"));
    }

    @Test
    void shouldReadWeekdayMonthDayYear() {
        assertEquals(LocalDate.of(2024, 3, 12), parser.parse("Tue, March 12, 2024").orElseThrow().date());
    }

    @Test
    void shouldLeaveInstantAbsentForDateWithoutTime() {
        PublishedTime time = parser.parse("March 12, 2024").orElseThrow();
        assertTrue(time.instant().isEmpty());
        assertTrue(time.zone().isEmpty());
    }

    @Test
    void shouldReadDayMonthYearWithZoneAbbreviation() {
        PublishedTime time = parser.parse("12 March 2024 14:05 GMT").orElseThrow();
        assertEquals(Optional.of(Instant.parse("2024-03-12T14:05:00Z")), time.instant());
        assertEquals(Optional.of("GMT"), time.zone());
    }

    @Test
    void shouldReadRfc1123() {
        assertEquals(Optional.of(Instant.parse("2017-04-19T18:05:00Z")),
                parser.parse("Wed, 19 Apr 2017 14:05:00 EDT").orElseThrow().instant());
    }

    @Test
    void shouldReadIsoWithOffset() {
        PublishedTime time = parser.parse("2024-03-12T09:30:00+02:00").orElseThrow();
        assertEquals(Optional.of(Instant.parse("2024-03-12T07:30:00Z")), time.instant());
        assertEquals(Optional.of("+02:00"), time.zone());
    }

    @Test
    void shouldReadTwelveHourClock() {
        assertEquals(Optional.of(Instant.parse("2024-03-12T21:15:00Z")),
                parser.parse("March 12, 2024 at 4:15 p.m. EST").orElseThrow().instant());
    }

    @Test
    void shouldNotGuessInstantForTimeWithoutZone() {
        PublishedTime time = parser.parse("2024-03-12 09:30").orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 12), time.date());
        assertTrue(time.instant().isEmpty());
    }

    @Test
    void shouldNotGuessInstantForAmbiguousZone() {
        PublishedTime time = parser.parse("March 12, 2024 9:30 CST").orElseThrow();
        assertTrue(time.instant().isEmpty());
        assertEquals(Optional.of("CST"), time.zone());
    }

    @Test
    void shouldRejectWeekdayThatContradictsDate() {
        assertTrue(parser.parse("Monday, March 12, 2024").isEmpty());
    }

    @Test
    void shouldRejectImpossibleDate() {
        assertTrue(parser.parse("February 30, 2024").isEmpty());
    }

    @Test
    void shouldReturnEmptyForText() {
        assertTrue(parser.parse("last week").isEmpty());
    }
}
