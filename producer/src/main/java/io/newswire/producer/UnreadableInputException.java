package io.newswire.producer;

/** Input that cannot become a RawArticle: unreadable, undecodable or empty. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
