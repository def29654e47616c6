package io.newswire.app.cli;

import io.newswire.config.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads 500ms, 30s, 5m, 1h or ISO-8601 (PT30S). */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return Durations.parse(value).orElseThrow(() ->
                new TypeConversionException("'" + value + "' is not a duration: use e.g. 500ms, 30s, 5m, 1h, 7d or PT30S"));
    }
}
