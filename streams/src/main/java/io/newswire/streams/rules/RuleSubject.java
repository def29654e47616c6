package io.newswire.streams.rules;

import java.util.Set;

/**
 * What a rule can look at: lower-cased entity names and ids, keywords, title, categories, sources,
 * language, and places (the names and ids of its place entities and their lower-cased country codes).
 */
public record RuleSubject(Set<String> entities, Set<String> keywords, String title, Set<String> categories,
                          Set<String> sources, String language, Set<String> places) {
}
