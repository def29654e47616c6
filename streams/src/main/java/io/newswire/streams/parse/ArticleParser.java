package io.newswire.streams.parse;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import io.newswire.serde.TrustedAvroPackages;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** RawArticle to Article: decode strictly, refuse binary, parse the text form. Failures throw with the reason. */
public final class ArticleParser {

    /** Share of control characters above which a "text" is really binary junk. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final SeedTextParser textParser;

    public ArticleParser(SeedTextParser textParser) {
        this.textParser = textParser;
        // Building an Article fills array defaults through Avro's reader, which checks trusted packages.
        TrustedAvroPackages.register();
    }

    public static ArticleParser withDefaults() {
        return new ArticleParser(new SeedTextParser(JunkRules.load(), new PublishedDateParser()));
    }

    public Article parse(RawArticle raw) {
        if (raw == null) {
            throw new UnparseableArticleException("raw article is null");
        }
        String contentType = raw.getContentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("text/plain")) {
            throw new UnparseableArticleException("unsupported content type '" + raw.getContentType() + "': only text/plain is parsed so far");
        }
        String text = decode(raw);
        rejectBinary(text);
        ParsedText parsed = textParser.parse(text);
        return Article.newBuilder()
                .setId(raw.getId())
                .setSource(raw.getSource())
                .setUrl(raw.getUrl())
                .setTitle(parsed.title())
                .setPublishedDate(parsed.published().map(PublishedTime::date).orElse(null))
                .setPublishedAt(parsed.published().flatMap(PublishedTime::instant).orElse(null))
                .setPublishedZone(parsed.published().flatMap(PublishedTime::zone).orElse(null))
                .setSection(parsed.section().orElse(null))
                .setAuthors(parsed.authors())
                .setBody(parsed.body())
                .setIngestedAt(raw.getFetchedAt())
                .build();
    }

    private static String decode(RawArticle raw) {
        Charset charset;
        try {
            charset = raw.getCharset() == null ? StandardCharsets.UTF_8 : Charset.forName(raw.getCharset());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnparseableArticleException("unknown charset '" + raw.getCharset() + "'", e);
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(raw.getBody().duplicate()).toString();
        } catch (CharacterCodingException e) {
            throw new UnparseableArticleException("body is not valid " + charset.name() + ": " + e.getMessage(), e);
        }
    }

    private static void rejectBinary(String text) {
        if (text.isBlank()) {
            throw new UnparseableArticleException("empty body");
        }
        long control = text.chars().filter(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == 0xFFFD).count();
        if (control > text.length() * MAX_CONTROL_SHARE) {
            throw new UnparseableArticleException(String.format(Locale.ROOT,
                    "binary content: %d of %d characters are control characters", control, text.length()));
        }
    }

}
