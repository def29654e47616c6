package io.newswire.producer;

import io.newswire.avro.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Makes an over-large HTML page fit the raw-article limit without losing its article: news pages of 1–2 MB
 * (CNN, FAZ, New York Magazine) are mostly scripts, styles, inline SVG and JSON state, none of which the
 * parser reads. Removed: scripts (but not JSON-LD, where the publication date and author are), styles,
 * noscript, template, svg, iframe, comments, inline style and data- attributes. The page is re-encoded as
 * UTF-8 and says so. A page the limit still refuses after this is dead-lettered with both sizes.
 */
final class PageSlimmer {

    private PageSlimmer() {
    }

    static boolean isHtml(RawArticle article) {
        String type = article.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("html");
    }

    /** The page without what the parser never reads, or empty if it is no HTML. */
    static Optional<RawArticle> slim(RawArticle article) {
        if (!isHtml(article)) {
            return Optional.empty();
        }
        byte[] body = new byte[article.getBody().remaining()];
        article.getBody().duplicate().get(body);
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), article.getCharset(), article.getUrl() == null ? "" : article.getUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.select("script:not([type=application/ld+json]), style, noscript, template, svg, iframe, link[rel=stylesheet], "
                + "link[rel=preload], link[rel=modulepreload]").remove();
        NodeTraversor.filter(new NodeFilterOfClutter(), page);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        byte[] slim = page.outerHtml().getBytes(StandardCharsets.UTF_8);
        return Optional.of(RawArticle.newBuilder(article).setBody(ByteBuffer.wrap(slim)).setCharset("UTF-8").build());
    }

    /** Comments go; inline styles and data- attributes are dropped from every element that stays. */
    private static final class NodeFilterOfClutter implements org.jsoup.select.NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
                return FilterResult.REMOVE;
            }
            if (node instanceof Element element) {
                element.removeAttr("style");
                element.attributes().asList().stream().map(a -> a.getKey()).filter(k -> k.startsWith("data-")).toList()
                        .forEach(element::removeAttr);
            }
            return FilterResult.CONTINUE;
        }
    }
}
