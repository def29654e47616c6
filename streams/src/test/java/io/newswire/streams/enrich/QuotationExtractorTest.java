package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {

    private final EntityExtractor entities = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final QuotationExtractor extractor = new QuotationExtractor(entities.reportingVerbs(), Gazetteer.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<QuotationExtractor.Quotation> quotes(String body) {
        AnalyzedText text = analyzer.analyze("Port strike ends", body);
        return extractor.extract(text, entities.extract(text));
    }

    @Test
    void shouldAttributeQuoteFollowedBySpeakerAndVerb() {
        var q = quotes("Union leader Marta Quill spoke first. \"We will be back at work tomorrow\", Quill said.").get(0);
        assertEquals("We will be back at work tomorrow", q.text());
        assertEquals("Marta Quill", q.speaker());
        assertEquals("said", q.verb());
    }

    @Test
    void shouldAttributeQuoteToTheSpeakerBeforeAnAppositive() {
        var q = quotes("The port reopened on Monday. \"We have cleared the channel,\" Tomas Brandt, an official at the port authority, told reporters.").get(0);
        assertEquals("Tomas Brandt", q.speaker());
        assertEquals("told", q.verb());
    }

    @Test
    void shouldAttributeQuoteWithVerbBeforeSpeaker() {
        var q = quotes("\"The deal is fair to both sides,\" said Harbourmaster Tomas Brandt.").get(0);
        assertEquals("Tomas Brandt", q.speaker());
    }

    @Test
    void shouldAttributeQuoteToThePersonNamedAfterTheRoleThatSaidIt() {
        var q = quotes("\"The deal is fair to both sides,\" said the port's director, Tomas Brandt, on Monday.").get(0);
        assertEquals("Tomas Brandt", q.speaker());
    }

    @Test
    void shouldNotAttributeQuoteToWhatFollowsTheRoleWhenItIsNoPerson() {
        var q = quotes("Tomas Brandt and Marta Quill met on Monday. \"The deal is fair,\" said the director, adding that Quill agreed.").get(0);
        assertEquals(null, q.speaker());
    }

    @Test
    void shouldAttributeQuoteIntroducedWithColon() {
        var q = quotes("Mayor Ilse Varga told reporters: \u201cThe port reopens on Friday.\u201d").get(0);
        assertEquals("Ilse Varga", q.speaker());
        assertEquals("told", q.verb());
    }

    @Test
    void shouldJoinQuoteSplitAroundAttribution() {
        var all = quotes("\"We waited three weeks,\" said Marta Quill, \"and it was worth it.\"");
        assertEquals(1, all.size());
        assertEquals("We waited three weeks \u2026 and it was worth it.", all.get(0).text());
        assertEquals("Marta Quill", all.get(0).speaker());
    }

    @Test
    void shouldGiveNoSpeakerForPronoun() {
        var q = quotes("Marta Quill spoke. Then Anna Berg arrived. \"No one wanted this strike\", she said.").get(0);
        assertNull(q.speaker());
        assertEquals("said", q.verb());
    }

    @Test
    void shouldGiveNoSpeakerWithoutAttribution() {
        var q = quotes("Crews gathered at the gate. \"Closed until further notice\" was all the sign said.").get(0);
        assertNull(q.speaker());
        assertNull(q.verb());
    }

    @Test
    void shouldNotKeepAPhraseWovenIntoTheSentenceWithoutAnOwner() {
        assertTrue(quotes("The sign read \"closed until further notice\" all week.").isEmpty());
    }

    @Test
    void shouldKeepAPhraseWovenIntoTheSentenceAsPartialQuoteOfItsSubject() {
        var q = quotes("Mayor Ilse Varga said the dock walls were \"under real pressure\" on Friday.").get(0);
        assertEquals("Ilse Varga", q.speaker());
        assertTrue(q.partial());
    }

    @Test
    void shouldIgnoreOneWordScareQuotes() {
        assertEquals(0, quotes("Officials called the offer \"final\" on Monday.").size());
    }

    @Test
    void shouldResolveAPronounToTheOnePersonWhoSpokeJustBefore() {
        var q = quotes("Mayor Ilse Varga said the strike had cost the port dearly. \"The port reopens on Friday,\" she said.").get(0);
        assertEquals("Ilse Varga", q.speaker());
    }

    @Test
    void shouldResolveAPronounToTheOnlySpeakerOfItsGender() {
        var q = quotes("Mayor Ilse Varga said the strike was over. Harbourmaster Tomas Brandt said crews were back. "
                + "\"The port reopens on Friday,\" she said.").get(0);
        assertEquals("Ilse Varga", q.speaker());
    }

    @Test
    void shouldResolveAPronounToTheSpeakerOfTheQuotationBefore() {
        var q = quotes("\"The water will peak on Friday,\" said Marta Horvath. \"The levees will hold,\" she said.").get(1);
        assertEquals("Marta Horvath", q.speaker());
    }

    @Test
    void shouldNotGiveAPhraseToAnOrganisationNamedAfterTheSpeaker() {
        var q = quotes("Analyst Jonas Berg of Nordbank said the cuts had been \"long overdue\".").get(0);
        assertEquals("Jonas Berg", q.speaker());
    }

    @Test
    void shouldLeaveAPronounUnresolvedWhenTwoPeopleOfItsGenderSpoke() {
        var q = quotes("Mayor Tomas Varga said the strike was over. Harbourmaster Peter Brandt said crews were back. "
                + "\"The port reopens on Friday,\" he said.").get(0);
        assertNull(q.speaker());
    }

    @Test
    void shouldLeaveAPronounUnresolvedWhenTheNameSaysNoGenderAndTwoSpoke() {
        var q = quotes("Mayor Kim Varga said the strike was over. Harbourmaster Alex Brandt said crews were back. "
                + "\"The port reopens on Friday,\" she said.").get(0);
        assertNull(q.speaker());
    }

    @Test
    void shouldGiveAStandaloneQuoteToThePersonWhoSpokeInTheSentenceBefore() {
        var q = quotes("Mayor Ilse Varga said the strike was over. \"The port reopens on Friday.\"").get(0);
        assertEquals("Ilse Varga", q.speaker());
        assertNull(q.verb());
    }

    @Test
    void shouldContinueTheSpeakerOfTheQuotationBefore() {
        var q = quotes("\"We are done,\" said Mayor Ilse Varga.\n\n\"The port reopens on Friday and crews are back.\"").get(1);
        assertEquals("Ilse Varga", q.speaker());
    }

    @Test
    void shouldNotContinueASpeakerWhenSomeoneElseSpokeInBetween() {
        var q = quotes("\"We are done,\" said Mayor Ilse Varga. Harbourmaster Tomas Brandt said crews were back. "
                + "\"The port reopens on Friday and crews are back.\"").get(1);
        assertEquals("Tomas Brandt", q.speaker());
    }

    @Test
    void shouldResolveARoleToThePersonTheArticleGaveIt() {
        var q = quotes("Ambassador Nikki Haley met the council. \"We will not wait for ever,\" the ambassador said.").get(0);
        assertEquals("Nikki Haley", q.speaker());
    }

    @Test
    void shouldLeaveARoleUnresolvedWhenTwoPeopleHoldIt() {
        var q = quotes("Ambassador Nikki Haley met Ambassador Vassily Nebenzia. \"We will not wait for ever,\" the ambassador said.").get(0);
        assertNull(q.speaker());
    }

    @Test
    void shouldKeepAShortQuotedPhraseWithTheOnlyNameBeforeIt() {
        var q = quotes("Harbourmaster Tomas Brandt called the offer \"insulting\" on Monday.").get(0);
        assertEquals("insulting", q.text());
        assertEquals("Tomas Brandt", q.speaker());
        assertTrue(q.partial());
    }

    @Test
    void shouldDropAShortQuotedPhraseWithoutOneNameBeforeIt() {
        assertTrue(quotes("The offer was called \"insulting\" by the crews.").isEmpty());
        assertTrue(quotes("Ilse Varga and Tomas Brandt said the offer was \"insulting\".").isEmpty());
    }

    @Test
    void shouldNotResolveAPronounToAPersonOnlyMentioned() {
        var q = quotes("The ambassador added that talks needed partners with influence over President Bashar al-Assad. "
                + "\"Our role was minimized,\" he said.").get(0);
        assertNull(q.speaker());
    }

    @Test
    void shouldNotResolveAPronounAcrossAnotherQuotation() {
        var quotes = quotes("\"We will get along\", Mr Tomas Brandt said. \"We will insist on the truth\". "
                + "\"No one should face that kind of suffering\", she said.");
        assertNull(quotes.get(quotes.size() - 1).speaker());
    }

    @Test
    void shouldLeaveAPronounUnresolvedWhenNobodyIsNamedNearby() {
        var q = quotes("Mayor Ilse Varga arrived early. The ferries were late. The crews were tired. "
                + "\"The port reopens on Friday,\" she said.").get(0);
        assertNull(q.speaker());
    }
}
