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
}
