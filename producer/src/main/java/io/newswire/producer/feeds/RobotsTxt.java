package io.newswire.producer.feeds;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for us, as RFC 9309 reads them, by crawler-commons' parser: the groups naming our
 * product token (merged), else those for "*"; the longest matching Allow/Disallow wins, Allow on a tie; {@code *}
 * and a closing {@code $} in patterns.
 */
public final class RobotsTxt {

    /** Rules are written for paths; crawler-commons matches URLs, so paths are put on a placeholder origin. */
    private static final String ORIGIN = "http://robots.invalid";

    private final SimpleRobotRules rules;

    private RobotsTxt(SimpleRobotRules rules) {
        this.rules = rules;
    }

    public static RobotsTxt allowAll() {
        return new RobotsTxt(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL));
    }

    /** @param agent our User-Agent; its product token ("Newswire" of "Newswire/0.1 (...)") names our groups */
    public static RobotsTxt parse(String text, String agent) {
        String token = agent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
        return new RobotsTxt(new SimpleRobotRulesParser().parseContent(ORIGIN + "/robots.txt", text.getBytes(StandardCharsets.UTF_8),
                "text/plain", List.of(token)));
    }

    public boolean allows(String path) {
        return rules.isAllowed(ORIGIN + (path.startsWith("/") ? path : "/" + path));
    }
}
