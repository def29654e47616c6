package io.newswire.streams.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleQueryTest {

    private static RuleSubject subject(Set<String> entities, Set<String> keywords, String title, String language) {
        return new RuleSubject(entities, keywords, title, Set.of("politics"), Set.of("harbour-times"), language, Set.of("damascus", "sy"));
    }

    private static final RuleSubject SYRIA = subject(Set.of("syria", "damascus"), Set.of("talks"), "Talks resume in Geneva", "en");
    private static final RuleSubject ATTACK = subject(Set.of("idlib"), Set.of("attack"), "Chemical attack reported near Idlib", "en");
    private static final RuleSubject GERMAN = subject(Set.of("syria"), Set.of("gespräche"), "Gespräche in Genf", "de");

    @Test
    void shouldMatchAPlaceByItsCountryCodeOrItsName() {
        assertTrue(RuleQuery.parse("place:SY").matches(SYRIA));
        assertTrue(RuleQuery.parse("place:damascus").matches(SYRIA));
        assertFalse(RuleQuery.parse("place:de").matches(SYRIA));
    }

    @Test
    void shouldMatchAnEntityOrAQuotedPhraseInTheTitle() {
        RuleQuery.Node query = RuleQuery.parse("entity:Syria OR keyword:\"chemical attack\"");

        assertTrue(query.matches(SYRIA));
        assertTrue(query.matches(ATTACK));
        assertFalse(query.matches(subject(Set.of("lima"), Set.of("strike"), "Port strike ends", "en")));
    }

    @Test
    void shouldReadAdjacentTermsAsAnd() {
        assertEquals(RuleQuery.parse("entity:syria AND lang:en"), RuleQuery.parse("entity:syria lang:en"));
    }

    @Test
    void shouldBindNotBeforeAndBeforeOr() {
        RuleQuery.Node query = RuleQuery.parse("category:economy OR entity:syria NOT lang:de");

        assertEquals(new RuleQuery.Or(new RuleQuery.Term("category", "economy"),
                new RuleQuery.And(new RuleQuery.Term("entity", "syria"), new RuleQuery.Not(new RuleQuery.Term("lang", "de")))), query);
        assertTrue(query.matches(SYRIA));
        assertFalse(query.matches(GERMAN));
    }

    @Test
    void shouldGroupWithParentheses() {
        RuleQuery.Node query = RuleQuery.parse("(entity:idlib OR entity:damascus) and not keyword:talks");

        assertTrue(query.matches(ATTACK));
        assertFalse(query.matches(SYRIA));
    }

    @Test
    void shouldMatchSourcesAndCategories() {
        assertTrue(RuleQuery.parse("source:harbour-times category:politics").matches(SYRIA));
    }

    @Test
    void shouldNameTheUnknownFieldAndWhereItIs() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleQuery.parse("entity:syria OR person:assad"));

        assertEquals("unknown field 'person' (fields: entity, keyword, category, source, lang) at position 17", e.getMessage());
    }

    /** An unclosed quote, a missing parenthesis, a dangling operator, nothing at all, a field without a value. */
    @ParameterizedTest
    @ValueSource(strings = {"keyword:\"chemical attack", "(entity:syria OR entity:idlib", "entity:syria AND", "  ", "entity:"})
    void shouldRejectAMalformedQuery(String query) {
        assertThrows(RuleSyntaxException.class, () -> RuleQuery.parse(query));
    }
}
