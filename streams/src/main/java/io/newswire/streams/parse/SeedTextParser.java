package io.newswire.streams.parse;

import io.newswire.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses articles in the plain-text form scraped pages take: optional header lines
 * ({@code Published: <date>}, {@code <Section> | By <Author>}, {@code By <Author>}, {@code URL: ...}),
 * then a title (often repeated once), then paragraphs mixed with widget junk.
 */
public final class SeedTextParser {

    private static final int HEADER_LINES = 6;
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:published|posted|date|updated|last\\s+updated)(?:\\s+on)?\\s*:?\\s+(?<date>.+)$");
    private static final Pattern SECTION_BYLINE = Pattern.compile("(?i)^(?<section>[^|]{1,40}?)\\s*\\|\\s*by\\s+(?<authors>.+)$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(?<authors>[^.!?]{2,120})$");
    private static final Pattern URL_LINE = Pattern.compile("(?i)^(?:url|link|canonical):\\s*\\S+$");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    private final JunkRules junk;
    private final PublishedDateParser dates;

    public SeedTextParser(JunkRules junk, PublishedDateParser dates) {
        this.junk = junk;
        this.dates = dates;
    }

    public ParsedText parse(String text) {
        List<String> lines = Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        Optional<PublishedTime> published = Optional.empty();
        Optional<String> section = Optional.empty();
        List<String> authors = List.of();
        int start = 0;
        for (; start < Math.min(HEADER_LINES, lines.size()); start++) {
            String line = lines.get(start);
            Matcher date = DATE_LINE.matcher(line);
            Matcher sectionByline = SECTION_BYLINE.matcher(line);
            Matcher byline = BYLINE.matcher(line);
            if (date.matches()) {
                published = published.or(() -> dates.parse(date.group("date")));
            } else if (sectionByline.matches()) {
                section = Optional.of(sectionByline.group("section").strip());
                authors = authors(sectionByline.group("authors"));
            } else if (byline.matches()) {
                authors = authors(byline.group("authors"));
            } else if (!URL_LINE.matcher(line).matches() && junk.match(line).isEmpty()) {
                break;
            }
        }
        if (start >= lines.size()) {
            throw new UnparseableArticleException("no title: the text has only header lines");
        }
        String title = lines.get(start);
        String titleKey = key(title);
        List<String> rest = junk.clean(lines.subList(start + 1, lines.size()));
        List<String> body = new ArrayList<>(rest.size());
        for (String paragraph : rest) {
            if (!key(paragraph).equals(titleKey)) {
                body.add(paragraph);
            }
        }
        if (body.isEmpty()) {
            throw new UnparseableArticleException("empty body: nothing but a title and widget lines");
        }
        return new ParsedText(title, published, section, authors, String.join("\n\n", body));
    }

    private static List<String> authors(String text) {
        return AUTHOR_SPLIT.splitAsStream(text.strip()).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static String key(String line) {
        return Whitespace.collapse(line.toLowerCase(Locale.ROOT)).strip();
    }
}
