package io.newswire.streams.parse;

import io.newswire.config.NewswireConfig;
import java.time.Duration;

/**
 * Size and time limits for one article, so that no article can make an output record the broker refuses
 * or hold a stream thread past its transaction timeout.
 *
 * @param maxArticleBytes largest raw article body parsed
 * @param maxBodyChars    longest extracted text kept
 * @param parseBudget     longest parse and extraction of one article
 */
public record ArticleLimits(int maxArticleBytes, int maxBodyChars, Duration parseBudget) {

    public static ArticleLimits from(NewswireConfig config) {
        return new ArticleLimits(config.maxArticleBytes(), config.maxBodyChars(), config.parseBudget());
    }

    /** The configured defaults. */
    public static ArticleLimits defaults() {
        return from(NewswireConfig.defaults(java.util.Map.of()));
    }
}
