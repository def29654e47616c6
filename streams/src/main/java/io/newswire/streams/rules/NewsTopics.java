package io.newswire.streams.rules;

import io.newswire.streams.enrich.CategoryClassifier;
import java.util.List;
import java.util.regex.Pattern;

/** News-topic slugs: the built-in category topics and the rules users add. */
public final class NewsTopics {

    /** One per IPTC Media Topics category the enrichment assigns. */
    public static final List<String> BUILT_IN = CategoryClassifier.CODES;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private NewsTopics() {
    }

    /** Checks a user rule's slug: lower-case letters, digits and dashes, not a built-in topic. */
    public static String validSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new RuleSyntaxException("topic slug '" + slug + "' must be lower-case letters, digits and dashes (e.g. syria, chemical-weapons)");
        }
        if (BUILT_IN.contains(slug)) {
            throw new RuleSyntaxException("'" + slug + "' is a built-in category topic; choose another slug");
        }
        return slug;
    }
}
