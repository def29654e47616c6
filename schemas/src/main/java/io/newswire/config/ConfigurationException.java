package io.newswire.config;

/** A setting is missing or invalid; the message says which and where it came from. */
public class ConfigurationException extends UserFacingException {
    public ConfigurationException(String message) {
        super(message);
    }
}
