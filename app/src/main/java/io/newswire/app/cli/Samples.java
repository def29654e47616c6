package io.newswire.app.cli;

import io.newswire.config.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled samples: beside the launcher (newswire.home), else in the working directory. */
final class Samples {

    private Samples() {
    }

    static Path directory() {
        String home = System.getProperty("newswire.home");
        Path samples = home == null ? Path.of("samples") : Path.of(home, "samples");
        if (!Files.isDirectory(samples)) {
            throw new UserFacingException("No sample directory at " + samples.toAbsolutePath() + ": give article paths explicitly");
        }
        return samples;
    }
}
