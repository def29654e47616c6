package io.newswire.streams.parse;

/** A raw article that cannot become an Article; the message is the dead letter's reason. */
public class UnparseableArticleException extends RuntimeException {
    public UnparseableArticleException(String message) {
        super(message);
    }

    public UnparseableArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
