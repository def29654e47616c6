package io.newswire.streams.parse;

import org.jsoup.nodes.Document;

/**
 * How deeply a page's elements nest. jsoup parses and walks iteratively and so does our own extraction, but
 * Readability4J recurses: 5,000 nested {@code div}s overflow a stream thread's stack, and an {@link Error} is
 * not dead-lettered by Kafka's handlers, so the thread would die and be replaced, and the page retried, for as
 * long as it stays first on its partition. Such a page is read by our extraction alone.
 */
final class MarkupDepth {

    /** Blink's HTML parser stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth): no page a browser shows needs more. */
    static final int MAX = 512;

    private MarkupDepth() {
    }

    static boolean exceeds(Document page, int max) {
        int[] deepest = {0};
        page.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth));
        return deepest[0] > max;
    }
}
