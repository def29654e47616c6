package io.newswire.streams.enrich;

import java.util.List;

/** The entities the rule-based chain extracts from a short text, for the tests of one rule each. */
final class Extracted {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(Gazetteer.get(), WordStats.get());

    private Extracted() {
    }

    static List<ExtractedEntity> in(String language, String body) {
        return EXTRACTOR.extract(new TextAnalyzer().analyze("", body), LanguageProfile.of(language));
    }

    /** The entity of that name; fails the test, listing what was found, when there is none. */
    static ExtractedEntity named(List<ExtractedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + entities));
    }
}
