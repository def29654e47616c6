package io.newswire.producer.feeds;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 with the JDK's XML parser, namespace-aware, DTDs and external
 * entities refused (feeds come from the internet). Elements are matched by local name, so prefixes
 * (dc:creator, content:encoded) do not matter.
 */
public final class FeedParser {

    /** A feed that is not RSS or Atom, or not XML at all. */
    public static final class MalformedFeedException extends Exception {
        public MalformedFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A parsed feed: its own title (the channel's or feed's), if any, and its entries in order. */
    public record Feed(String title, List<FeedEntry> entries) {
    }

    public List<FeedEntry> parse(byte[] xml) throws MalformedFeedException {
        return parseFeed(xml).entries();
    }

    public Feed parseFeed(byte[] xml) throws MalformedFeedException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new MalformedFeedException("not a well-formed XML feed: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        String kind = root.getLocalName();
        List<FeedEntry> entries = new ArrayList<>();
        String title = null;
        if ("feed".equals(kind)) {
            title = children(root, "title").stream().map(Element::getTextContent).map(String::strip).findFirst().orElse(null);
            for (Element entry : children(root, "entry")) {
                entries.add(atom(entry));
            }
        } else if ("rss".equals(kind) || "RDF".equals(kind)) {
            title = descendants(root, "channel").stream().flatMap(c -> children(c, "title").stream())
                    .map(Element::getTextContent).map(String::strip).findFirst().orElse(null);
            for (Element item : descendants(root, "item")) {
                entries.add(rss(item));
            }
        } else {
            throw new MalformedFeedException("not an RSS or Atom feed (root element <" + kind + ">)", null);
        }
        return new Feed(title == null || title.isBlank() ? null : title, entries);
    }

    private static FeedEntry atom(Element entry) {
        String link = null;
        for (Element l : children(entry, "link")) {
            String rel = l.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = l.getAttribute("href");
                break;
            }
        }
        String content = text(entry, "content");
        List<String> authors = new ArrayList<>();
        for (Element author : children(entry, "author")) {
            String name = text(author, "name");
            if (name != null) {
                authors.add(name);
            }
        }
        List<String> categories = new ArrayList<>();
        children(entry, "category").forEach(c -> categories.add(c.getAttribute("term")));
        String published = text(entry, "published");
        return new FeedEntry(text(entry, "id"), link, text(entry, "title"), published != null ? published : text(entry, "updated"),
                authors, categories, content != null ? content : text(entry, "summary"), content != null);
    }

    private static FeedEntry rss(Element item) {
        String encoded = text(item, "encoded");
        List<String> authors = new ArrayList<>();
        for (String tag : new String[] {"creator", "author"}) {
            String a = text(item, tag);
            if (a != null) {
                authors.add(a);
            }
        }
        List<String> categories = new ArrayList<>();
        children(item, "category").forEach(c -> categories.add(c.getTextContent().strip()));
        children(item, "subject").forEach(c -> categories.add(c.getTextContent().strip()));
        String date = text(item, "pubDate");
        return new FeedEntry(text(item, "guid"), firstNonNull(text(item, "link"), item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about")),
                text(item, "title"), date != null ? date : text(item, "date"), authors, categories,
                encoded != null ? encoded : text(item, "description"), encoded != null);
    }

    private static String firstNonNull(String a, String b) {
        return a != null && !a.isBlank() ? a : (b == null || b.isBlank() ? null : b);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    private static String text(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.isEmpty()) {
            return null;
        }
        String text = found.get(0).getTextContent().strip();
        return text.isEmpty() ? null : text;
    }
}
