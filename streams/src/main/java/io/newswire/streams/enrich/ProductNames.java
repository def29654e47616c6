package io.newswire.streams.enrich;

import java.util.List;

/**
 * Products named by their maker and model ("Audi A3", "Ford Mondeo", "BMW X5") are no people, though the maker may be a
 * given name (Ford, Audi) and the model an unknown word after it, which is how a person's name is written: a person
 * whose every mention opens with an organisation the gazetteer lists, or holds a word with a digit, is a MISC name.
 */
final class ProductNames {

    private ProductNames() {
    }

    static void retype(List<MentionGroup> groups, Gazetteer gazetteer, LanguageProfile language) {
        for (MentionGroup group : groups) {
            if (group.type == EntityType.PERSON && !group.segments.isEmpty()
                    && group.segments.stream().allMatch(mention -> product(mention, gazetteer, language))) {
                group.type = EntityType.MISC;
            }
        }
    }

    private static boolean product(Segment mention, Gazetteer gazetteer, LanguageProfile language) {
        List<Token> tokens = mention.tokens();
        if (tokens.size() < 2) {
            return false;
        }
        if (tokens.stream().anyMatch(t -> t.norm().chars().anyMatch(Character::isDigit))) {
            return true;
        }
        Gazetteer.Known maker = gazetteer.lookup(Lexicon.key(tokens.get(0).norm()), language);
        return maker != null && maker.type() == EntityType.ORGANIZATION && tokens.size() == 2;
    }
}
