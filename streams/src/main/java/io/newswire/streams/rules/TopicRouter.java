package io.newswire.streams.rules;

import io.newswire.avro.Story;
import io.newswire.avro.StoryEntity;
import io.newswire.avro.TopicRule;
import io.newswire.streams.enrich.NameVariants;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decides which news topics a story belongs to: its categories plus every user rule that matches it. */
public final class TopicRouter {

    private static final Logger LOG = LoggerFactory.getLogger(TopicRouter.class);

    /** Per slug, the query last seen and its parse: a replaced rule's old query is not kept. */
    private final Map<String, Parsed> parsed = new HashMap<>();

    private record Parsed(String query, RuleQuery.Node node) {
    }

    public List<String> topics(Story story, Iterable<TopicRule> rules) {
        Set<String> topics = new TreeSet<>(story.getCategories());
        RuleSubject subject = subject(story);
        for (TopicRule rule : rules) {
            RuleQuery.Node query = parse(rule);
            if (query != null && query.matches(subject)) {
                topics.add(rule.getSlug());
            }
        }
        return List.copyOf(topics);
    }

    /** Rules are validated before they are written; one that got in some other way is skipped, once logged. */
    private RuleQuery.Node parse(TopicRule rule) {
        Parsed known = parsed.get(rule.getSlug());
        if (known == null || !known.query().equals(rule.getQuery())) {
            RuleQuery.Node node = null;
            try {
                node = RuleQuery.parse(rule.getQuery());
            } catch (RuleSyntaxException e) {
                LOG.warn("Skipping malformed rule {}: {}", rule.getSlug(), e.getMessage());
            }
            known = new Parsed(rule.getQuery(), node);
            parsed.put(rule.getSlug(), known);
        }
        return known.node();
    }

    static RuleSubject subject(Story story) {
        Set<String> entities = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (StoryEntity e : story.getTopEntities()) {
            entities.add(e.getName().toLowerCase(Locale.ROOT));
            entities.add(e.getId().toLowerCase(Locale.ROOT));
            // entity:vladimir-putin follows the French story of Vladimir Poutine (NameVariants).
            entities.add(NameVariants.linkKey(e.getId()));
            if (e.getCountryCode() != null) {
                places.add(e.getName().toLowerCase(Locale.ROOT));
                places.add(e.getId().toLowerCase(Locale.ROOT));
                places.add(e.getCountryCode().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> keywords = new HashSet<>();
        story.getTopKeywords().forEach(k -> keywords.add(k.toLowerCase(Locale.ROOT)));
        Set<String> sources = new HashSet<>();
        story.getSources().forEach(s -> sources.add(s.toLowerCase(Locale.ROOT)));
        return new RuleSubject(entities, keywords, story.getTitle(), new HashSet<>(story.getCategories()), sources, story.getLanguage(),
                places);
    }
}
