package io.newswire.streams.rules;

/** A rule query that does not parse; the message says what and where. */
public class RuleSyntaxException extends IllegalArgumentException {
    public RuleSyntaxException(String message) {
        super(message);
    }
}
