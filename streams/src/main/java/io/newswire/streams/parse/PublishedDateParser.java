package io.newswire.streams.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms news pages use (ISO 8601, RFC 1123, "Wed, April 19, 2017", "19 April 2017 14:05 BST"),
 * and day-first dates with month names in the languages of {@link LocalisedMonths}.
 * Anything it cannot read with certainty is absent rather than guessed: a weekday that contradicts the
 * date, a time without a zone (no instant), an ambiguous zone abbreviation such as CST or IST (no instant).
 */
public final class PublishedDateParser {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String WEEKDAY = "(?:(?<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String TIME = "(?:(?:,|\\s)\\s*(?:at\\s+)?(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d+)?)?"
            + "\\s*(?<ampm>[ap]\\.?m\\.?)?\\s*(?<zone>z|[+-]\\d{2}:?\\d{2}|(?:utc|gmt)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|(?-i:[A-Z]{2,5})\\b)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?:[t ](?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d+)?)?"
                    + "\\s*(?<zone>z|[+-]\\d{2}:?\\d{2}|(?-i:[A-Z]{2,5})\\b)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST = Pattern.compile(WEEKDAY
            + "(?<monthName>" + MONTHS + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(WEEKDAY
            + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<monthName>" + MONTHS + ")\\.?,?\\s+(?<year>\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);

    /**
     * C's asctime, which Python's time.ctime() and str() of many scrapers write and HTTP still accepts: "Wed Jan  1
     * 06:50:00 2020". It states no zone, so only its date is kept.
     */
    private static final Pattern ASCTIME = Pattern.compile(WEEKDAY
            + "(?<monthName>" + MONTHS + ")\\s+(?<day>\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?<year>\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);

    private static final Pattern LOCAL_DAY_FIRST = Pattern.compile(
            "(?<!\\d)(?<day>\\d{1,2})\\.?\\s+(?:de\\s+)?(?<monthName>\\p{L}{3,}\\.?)\\s+(?:de\\s+)?(?<year>\\d{4})(?!\\d)");

    /** Zone abbreviations with one meaning in English-language news; CST, IST and the like are left out on purpose. */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("Z", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    public Optional<PublishedTime> parse(String text) {
        String trimmed = text.strip();
        for (Pattern pattern : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST}) {
            Matcher m = pattern.matcher(trimmed);
            if (m.find()) {
                return fromMatch(m, pattern != ISO);
            }
        }
        Matcher asctime = ASCTIME.matcher(trimmed);
        if (asctime.find()) {
            return namedDate(asctime).map(date -> new PublishedTime(date, Optional.empty(), Optional.empty()));
        }
        return localDate(trimmed);
    }

    /** "3. Dezember 2026", "3 décembre 2026", "3 de diciembre de 2026", "3 декабря 2026": a date, no time. */
    private static Optional<PublishedTime> localDate(String text) {
        Matcher m = LOCAL_DAY_FIRST.matcher(text);
        while (m.find()) {
            Optional<Integer> month = LocalisedMonths.month(m.group("monthName"));
            if (month.isPresent()) {
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month.get(), Integer.parseInt(m.group("day")));
                    return Optional.of(new PublishedTime(date, Optional.empty(), Optional.empty()));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PublishedTime> fromMatch(Matcher m, boolean named) {
        Optional<LocalDate> parsed = named ? namedDate(m) : isoDate(m);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = parsed.get();
        if (m.group("hour") == null) {
            return Optional.of(new PublishedTime(date, Optional.empty(), Optional.empty()));
        }
        Optional<LocalTime> time = time(m, named);
        if (time.isEmpty()) {
            return Optional.of(new PublishedTime(date, Optional.empty(), Optional.empty()));
        }
        String zoneText = m.group("zone");
        if (zoneText == null || zoneText.equalsIgnoreCase("am") || zoneText.equalsIgnoreCase("pm")) {
            return Optional.of(new PublishedTime(date, Optional.empty(), Optional.empty()));
        }
        Optional<ZoneId> zone = zone(zoneText);
        return Optional.of(new PublishedTime(date,
                zone.map(z -> date.atTime(time.get()).atZone(z).toInstant()),
                Optional.of(zoneText.length() <= 1 ? zoneText.toUpperCase(Locale.ROOT) : zoneText)));
    }

    private static Optional<LocalDate> isoDate(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date of a match with a month name, unless it does not exist or its weekday contradicts it. */
    private static Optional<LocalDate> namedDate(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), monthNumber(m.group("monthName")), Integer.parseInt(m.group("day")));
            return m.group("weekday") == null || weekdayMatches(m.group("weekday"), date.getDayOfWeek()) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(Matcher m, boolean named) {
        int hour = Integer.parseInt(m.group("hour"));
        int minute = Integer.parseInt(m.group("minute"));
        int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
        String ampm = named ? m.group("ampm") : null;
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        try {
            return Optional.of(LocalTime.of(hour, minute, second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        ZoneOffset known = ZONES.get(upper);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            if (upper.startsWith("+") || upper.startsWith("-")) {
                String normalised = upper.length() == 5 ? upper.substring(0, 3) + ":" + upper.substring(3) : upper;
                return Optional.of(ZoneOffset.of(normalised));
            }
            if (upper.startsWith("UTC") || upper.startsWith("GMT")) {
                return Optional.of(ZoneId.of(upper));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int monthNumber(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (prefix) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("Unknown month " + name);
        };
    }

    private static boolean weekdayMatches(String text, DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT).startsWith(text.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
