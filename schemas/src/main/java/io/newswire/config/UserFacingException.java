package io.newswire.config;

/**
 * A failure the person running Newswire can act on (a port in use, a broker out of reach, a bad argument or
 * sources file): its message says all there is to say, so the CLI prints it on one line. Anything else that
 * escapes a command is a bug and is shown with its stack trace.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
