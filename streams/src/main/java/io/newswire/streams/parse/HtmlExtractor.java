package io.newswire.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-body extraction from an HTML page, readability-style: strip markup that never holds article
 * text, score block containers by the paragraphs they hold (text length, commas, class/id hints,
 * link density), take the best one plus its strong siblings, and read paragraphs out of it.
 * Metadata comes from meta tags (og:, article:, author), JSON-LD NewsArticle and the canonical link.
 */
public final class HtmlExtractor {

    /** What was extracted; the body is paragraphs separated by blank lines. */
    public record Extracted(String title, String body, Optional<String> published, Optional<String> section,
                            List<String> authors, Optional<String> canonicalUrl) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|share|social|related|promo|sidebar|footer|foot\\b|masthead|menu|nav|breadcrumb|newsletter|subscribe|"
                    + "cookie|consent|advert|\\bads?\\b|sponsor|popup|modal|widget|outbrain|taboola|recirc|more-stories|trending|"
                    + "signup|paywall|byline|author-bio|tags|caption|credit");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|blog");
    // Not "form": some CMSs wrap the whole page in one.
    private static final String REMOVE = "script, style, noscript, iframe, nav, footer, aside, button, svg, "
            + "figure figcaption, select, input, template, [hidden], [aria-hidden=true]";
    /** Never the article, whatever else the class says ("related-posts" also matches "post"). */
    private static final Pattern NEVER_ARTICLE = Pattern.compile(
            "(?i)comment|related|newsletter|subscribe|paywall|outbrain|taboola|recirc|more-stories|promo|sidebar");
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre, tr";

    public Extracted extract(String html, String baseUrl) {
        return extract(html, baseUrl, Deadline.none());
    }

    public Extracted extract(String html, String baseUrl, Deadline deadline) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        deadline.check("parsing the HTML");
        Map<String, String> meta = meta(doc);
        JsonNode article = jsonLdArticle(doc);
        String title = firstNonBlank(meta.get("og:title"), text(article, "headline"), doc.select("h1").text(), doc.title(),
                doc.select("h2, h3").stream().map(Element::text).filter(t -> !t.isBlank()).findFirst().orElse(null));
        Optional<String> published = Optional.ofNullable(firstNonBlank(meta.get("article:published_time"), text(article, "datePublished"),
                doc.select("time[datetime]").attr("datetime"), meta.get("date")));
        Optional<String> section = Optional.ofNullable(firstNonBlank(meta.get("article:section"), text(article, "articleSection")));
        Optional<String> canonical = Optional.ofNullable(firstNonBlank(doc.select("link[rel=canonical]").attr("abs:href"), meta.get("og:url")));
        Document pristine = doc.clone();
        String body = body(doc, deadline);
        deadline.check("extracting the body");
        body = ReadabilityReading.better(body, pristine, baseUrl);
        // JSON-LD often carries the full text; prefer it when the page markup gave us much less.
        String jsonBody = text(article, "articleBody");
        if (jsonBody != null && jsonBody.length() > 200 && jsonBody.length() > body.length() * 1.2) {
            body = jsonBody.strip();
        }
        return new Extracted(title == null ? "" : title.strip(), body, published, section, authors(meta, article, doc), canonical);
    }

    private String body(Document doc, Deadline deadline) {
        doc.select(REMOVE).remove();
        TextLengths lengths = TextLengths.of(doc, deadline);
        // Document order, so that equal scores always pick the same (first) candidate; Element equality is identity.
        Map<Element, Double> scores = new LinkedHashMap<>();
        int visited = 0;
        for (Element p : doc.select("p, pre, td, blockquote, div")) {
            if ((++visited & 255) == 0) {
                deadline.check("scoring page blocks");
            }
            // A div counts only for text written directly in it (text broken by <br>, no <p>).
            String text = p.tagName().equals("div") ? p.ownText() : p.text();
            if (text.length() < (p.tagName().equals("div") ? 100 : 25)) {
                continue;
            }
            double score = 1 + text.split(",").length + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            if (neverArticle(candidate)) {
                // A long comment thread or related-stories rail outscores a short article; it is still not the article.
                continue;
            }
            double score = (entry.getValue() + classWeight(candidate)) * (1 - lengths.linkDensity(candidate));
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        if (best == null) {
            return doc.body() == null ? "" : doc.body().text();
        }
        List<Element> containers = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            containers.add(best);
        } else {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sibling : parent.children()) {
                Double s = scores.get(sibling);
                if (sibling == best || (s != null && !neverArticle(sibling) && (s + classWeight(sibling)) * (1 - lengths.linkDensity(sibling)) >= threshold)) {
                    containers.add(sibling);
                }
            }
        }
        // A set: a paragraph the page holds once (a div's own text and its paragraph, say) is read once.
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Element container : containers) {
            Map<Element, Boolean> negativeAncestors = new IdentityHashMap<>();
            if (container.ownText().length() >= 100) {
                paragraphs.add(container.ownText().strip());
            }
            for (Element block : container.select(BLOCKS + ", div")) {
                if ((++visited & 255) == 0) {
                    deadline.check("reading paragraphs");
                }
                boolean div = block.tagName().equals("div");
                if (div && block.ownText().length() < 80) {
                    continue;
                }
                if (!div && !block.select(BLOCKS).isEmpty() && block.select(BLOCKS).size() > 1) {
                    continue;
                }
                String text = (div ? block.ownText() : block.tagName().equals("tr") ? row(block) : block.text()).strip();
                if (text.isEmpty() || (lengths.linkDensity(block) > 0.5 && text.length() < 200) || hasNegativeAncestor(block, container, negativeAncestors)) {
                    continue;
                }
                if (block.tagName().equals("li") && text.length() < 40) {
                    continue;
                }
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(best.text());
        }
        return String.join("\n\n", paragraphs);
    }

    /** Memoised per container: blocks come in document order, so each walk up stops at a known parent. */
    private static boolean hasNegativeAncestor(Element block, Element container, Map<Element, Boolean> known) {
        List<Element> path = new ArrayList<>();
        boolean negative = false;
        for (Element e = block; e != null && e != container; e = e.parent()) {
            Boolean memo = known.get(e);
            if (memo != null) {
                negative = memo;
                break;
            }
            path.add(e);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            Element e = path.get(i);
            String hint = e.className() + " " + e.id();
            negative = negative || (!hint.isBlank() && (NEVER_ARTICLE.matcher(hint).find()
                    || (NEGATIVE.matcher(hint).find() && !POSITIVE.matcher(hint).find())));
            known.put(e, negative);
        }
        return negative;
    }

    static boolean neverArticle(Element e) {
        String hint = e.className() + " " + e.id();
        return !hint.isBlank() && NEVER_ARTICLE.matcher(hint).find();
    }

    /** A table row as one line of text, cells separated so that numbers stay apart. */
    private static String row(Element tr) {
        return String.join(" | ", tr.children().stream().map(Element::text).map(String::strip).filter(t -> !t.isEmpty()).toList());
    }

    private static double classWeight(Element e) {
        String hint = e.className() + " " + e.id();
        double weight = 0;
        if (NEGATIVE.matcher(hint).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(hint).find()) {
            weight += 25;
        }
        if (e.tagName().equals("article")) {
            weight += 10;
        }
        return weight;
    }

    private static Map<String, String> meta(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            if (key != null) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content"));
            }
        }
        return meta;
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; the page still has its HTML.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        String type = node.path("@type").toString();
        if (type.contains("Article") || type.contains("Posting")) {
            return node;
        }
        return node.has("@graph") ? findArticle(node.get("@graph")) : null;
    }

    private static List<String> authors(Map<String, String> meta, JsonNode article, Document doc) {
        List<String> authors = new ArrayList<>();
        if (article != null && article.has("author")) {
            JsonNode author = article.get("author");
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) {
                    authors.add(name.strip());
                }
            }
        }
        if (authors.isEmpty() && meta.get("author") != null && !meta.get("author").startsWith("http")) {
            authors.add(meta.get("author").strip());
        }
        if (authors.isEmpty()) {
            doc.select("[rel=author]").eachText().stream().filter(t -> !t.isBlank()).limit(3).forEach(authors::add);
        }
        return authors;
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).isTextual() ? node.get(field).asText()
                : node.get(field).isArray() && node.get(field).size() > 0 ? node.get(field).get(0).asText() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
