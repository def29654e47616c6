package io.newswire.producer.feeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    private static final String AGENT = FeedPoller.USER_AGENT;

    @Test
    void shouldApplyStarGroupWhenWeAreNotNamed() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /private\n", AGENT);
        assertFalse(robots.allows("/private/page"));
        assertTrue(robots.allows("/news/page"));
    }

    @Test
    void shouldPreferGroupNamingUs() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: Newswire\nDisallow: /drafts\n", AGENT);
        assertTrue(robots.allows("/news/page"));
        assertFalse(robots.allows("/drafts/x"));
    }

    @Test
    void shouldLetLongestMatchWin() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /news\nAllow: /news/public\n", AGENT);
        assertTrue(robots.allows("/news/public/story"));
        assertFalse(robots.allows("/news/story"));
    }

    @Test
    void shouldAllowEverythingWhenEmpty() {
        assertTrue(RobotsTxt.parse("# nothing here\n", AGENT).allows("/anything"));
    }

    @Test
    void shouldMatchWildcardsAndTheEndAnchorAsRfc9309Says() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", AGENT);
        assertFalse(robots.allows("/reports/annual.pdf"));
        assertTrue(robots.allows("/reports/annual.pdf.html"));
        assertFalse(robots.allows("/search?lang=en&q=ferry"));
        assertTrue(robots.allows("/news/ferry"));
    }

    @Test
    void shouldMergeEveryGroupThatNamesUs() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: newswire\nDisallow: /drafts\n\nUser-agent: *\nDisallow: /\n\n"
                + "User-agent: newswire\nDisallow: /embargoed\n", AGENT);
        assertFalse(robots.allows("/drafts/1"));
        assertFalse(robots.allows("/embargoed/2"));
        assertTrue(robots.allows("/news/3"));
    }
}
