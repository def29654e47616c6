package io.newswire.streams.parse;

import io.newswire.avro.Article;
import io.newswire.avro.FeedEntryFields;
import io.newswire.avro.RawArticle;
import io.newswire.streams.errors.StackGuard;
import io.newswire.serde.TrustedAvroPackages;
import io.newswire.text.LenientText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * RawArticle to Article: decode strictly (byte-order mark, declared charset, then the page's meta tag),
 * refuse binary, then parse by content type: the plain-text seed form, HTML pages (main-body
 * extraction) or JSON lines. Failures throw with the reason.
 */
public final class ArticleParser {

    /** Share of control characters above which a "text" is really binary junk. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SeedTextParser textParser;
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();
    private final JunkRules junk = JunkRules.load();
    private final InterstitialPages interstitials = InterstitialPages.load();
    private final PublishedDateParser dates = new PublishedDateParser();
    private final ArticleLimits limits;

    public ArticleParser(SeedTextParser textParser, ArticleLimits limits) {
        this.textParser = textParser;
        this.limits = limits;
        // Building an Article fills array defaults through Avro's reader, which checks trusted packages.
        TrustedAvroPackages.register();
    }

    public static ArticleParser withDefaults() {
        return withLimits(ArticleLimits.defaults());
    }

    public static ArticleParser withLimits(ArticleLimits limits) {
        return new ArticleParser(new SeedTextParser(JunkRules.load(), new PublishedDateParser()), limits);
    }

    public Article parse(RawArticle raw) {
        if (raw == null) {
            throw new UnparseableArticleException("raw article is null");
        }
        return StackGuard.call("parsing", () -> read(raw));
    }

    private Article read(RawArticle raw) {
        String contentType = raw.getContentType().toLowerCase(Locale.ROOT);
        boolean html = contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
        boolean json = contentType.startsWith("application/json");
        if (!html && !json && !contentType.startsWith("text/plain")) {
            throw new UnparseableArticleException("unsupported content type '" + raw.getContentType() + "'");
        }
        if (raw.getBody().remaining() > limits.maxArticleBytes()) {
            throw new UnparseableArticleException("raw article is " + raw.getBody().remaining() + " bytes, over the "
                    + limits.maxArticleBytes() + "-byte limit (setting max.article.bytes)");
        }
        Deadline deadline = Deadline.after(limits.parseBudget());
        List<String> warnings = new ArrayList<>();
        String text = decode(raw, html, warnings).text();
        rejectBinary(text);
        ParsedText parsed;
        String url = raw.getUrl();
        FeedEntryFields entry = raw.getFeedEntry();
        if (html) {
            HtmlExtractor.Extracted page = htmlExtractor.extract(text, url, deadline);
            // From a feed: the entry's own title, time and authors win over the page's (its markup often carries
            // the site's defaults, the feed the item's own values).
            FeedFacts feed = FeedFacts.of(entry, raw.getMetadata());
            parsed = fromPage(feed.title().orElse(page.title()), page.body(), feed.published().orElse(page.published().orElse(null)),
                    page.section().orElse(null), feed.authors().isEmpty() ? page.authors() : feed.authors());
            url = url != null ? url : page.canonicalUrl().orElse(null);
        } else if (json) {
            parsed = fromJson(text, deadline);
        } else if (entry != null) {
            // A feed entry's plain-text content: the title is the entry's, not the first line of the text.
            FeedFacts feed = FeedFacts.of(entry, Map.of());
            parsed = fromPage(feed.title().orElse(""), text.strip(), feed.published().orElse(null), null, feed.authors());
        } else {
            parsed = textParser.parse(text);
        }
        if (parsed.body().codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UnparseableArticleException("empty body: no visible text");
        }
        Optional<String> interstitial = interstitials.phraseIn(parsed.body());
        if (interstitial.isPresent()) {
            throw new UnparseableArticleException("not an article: a bot check or access block served in its place (\""
                    + interstitial.get() + "\")");
        }
        if (parsed.body().length() > limits.maxBodyChars()) {
            throw new UnparseableArticleException("article text is " + parsed.body().length() + " characters, over the "
                    + limits.maxBodyChars() + "-character limit (setting max.body.chars)");
        }
        deadline.check("parsing the article");
        LocalDate statedDate = parsed.published().map(PublishedTime::date).orElse(null);
        Instant statedAt = parsed.published().flatMap(PublishedTime::instant).orElse(null);
        Instant published = EventTime.published(statedAt, statedDate, raw.getFetchedAt());
        // Stated dates are kept within a wide range (year 0000 or 9999 would also break consumers' date types);
        // the event time applies the stricter rule.
        boolean plausible = statedDate != null && EventTime.keepable(statedDate, raw.getFetchedAt());
        LocalDate publishedDate = plausible ? statedDate : null;
        Instant publishedAt = plausible ? statedAt : null;
        return Article.newBuilder()
                .setId(raw.getId())
                .setSource(raw.getSource())
                .setUrl(url)
                .setTitle(parsed.title())
                .setPublishedDate(publishedDate)
                .setPublishedAt(publishedAt)
                .setPublishedZone(plausible ? parsed.published().flatMap(PublishedTime::zone).orElse(null) : null)
                .setSection(parsed.section().orElse(null))
                .setAuthors(parsed.authors())
                .setBody(parsed.body())
                .setIngestedAt(raw.getFetchedAt())
                .setEventTime(published != null ? published : raw.getFetchedAt())
                .setTextWarnings(warnings)
                .build();
    }

    /** Decoded as browsers do: invalid bytes become U+FFFD and are reported; only mostly-garbage text is refused. */
    private static LenientText.Decoded decode(RawArticle raw, boolean html, List<String> warnings) {
        Charsets.Detected detected;
        try {
            detected = Charsets.detect(raw.getBody(), raw.getCharset(), html);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnparseableArticleException("unknown charset '" + raw.getCharset() + "'", e);
        }
        ByteBuffer body = raw.getBody().duplicate();
        body.position(body.position() + detected.skip());
        LenientText.Decoded decoded = LenientText.decode(body, detected.charset());
        if (decoded.mostlyGarbage()) {
            throw new UnparseableArticleException(String.format(Locale.ROOT, "mostly undecodable: %d of %d characters are not valid %s",
                    decoded.replaced(), decoded.text().length(), detected.charset().name()));
        }
        warnings.addAll(decoded.warnings(detected.charset()));
        return decoded;
    }

    private ParsedText fromPage(String title, String body, String published, String section, List<String> authors) {
        String clean = String.join("\n\n", junk.clean(List.of(body.split("\n\n"))));
        if (clean.isBlank()) {
            throw new UnparseableArticleException("empty body: no article text found in the page");
        }
        if (title == null || title.isBlank()) {
            // og:title, headline, h1, first heading and <title> were all missing: the lead stands in, as for bodies without titles.
            title = TitleFallback.firstSentence(clean);
        }
        return new ParsedText(title, published == null ? Optional.empty() : dates.parse(published), Optional.ofNullable(section),
                authors, clean);
    }

    /** One JSON-lines article: title, body or html, published, section, authors (see docs/sources.md). */
    private ParsedText fromJson(String text, Deadline deadline) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            throw new UnparseableArticleException("not a JSON object: " + e.getMessage(), e);
        }
        List<String> authors = new ArrayList<>();
        node.path("authors").forEach(a -> authors.add(a.asText()));
        String published = node.path("published").asText(null);
        String section = node.path("section").asText(null);
        if (node.hasNonNull("html")) {
            HtmlExtractor.Extracted page = htmlExtractor.extract(node.get("html").asText(), node.path("url").asText(null), deadline);
            return fromPage(node.path("title").asText(page.title()), page.body(), published != null ? published : page.published().orElse(null),
                    section != null ? section : page.section().orElse(null), authors.isEmpty() ? page.authors() : authors);
        }
        String body = node.path("body").asText("");
        String title = node.hasNonNull("title") ? node.get("title").asText() : TitleFallback.firstLine(body);
        return fromPage(title, body, published, section, authors);
    }

    private static void rejectBinary(String text) {
        if (text.isBlank()) {
            throw new UnparseableArticleException("empty body");
        }
        // U+FFFD is not counted: a few replacement characters mean text mis-decoded upstream, which is still text.
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (control > text.length() * MAX_CONTROL_SHARE) {
            throw new UnparseableArticleException(String.format(Locale.ROOT,
                    "binary content: %d of %d characters are control characters", control, text.length()));
        }
    }

}
