package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.config.UserFacingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class NewswireTest {

    @Command(name = "fails")
    static final class Fails implements Callable<Integer> {
        private final Exception error;

        Fails(Exception error) {
            this.error = error;
        }

        @Override
        public Integer call() throws Exception {
            throw error;
        }
    }

    private static int run(Exception error, StringWriter err) {
        CommandLine cli = Newswire.commandLine().addSubcommand("fails", new Fails(error)).setErr(new PrintWriter(err));
        return cli.execute("fails");
    }

    @Test
    void shouldPrintAUserFacingErrorOnOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new UserFacingException("port 9092 is already in use"), err));
        assertEquals("newswire: port 9092 is already in use", err.toString().strip());
    }

    @Test
    void shouldNameAMissingInputFileOnOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new NoSuchFileException("../shared/benchmarks/news-clustering/ecbplus.jsonl"), err));
        assertEquals("newswire: no such file: ../shared/benchmarks/news-clustering/ecbplus.jsonl", err.toString().strip());
    }

    @Test
    void shouldShowTheStackTraceOfABugAndExitNonZero() {
        StringWriter err = new StringWriter();
        int code = run(new IllegalStateException("redirect cycle from story story-1"), err);
        assertNotEquals(0, code);
        assertTrue(err.toString().contains("java.lang.IllegalStateException: redirect cycle from story story-1"), err.toString());
        assertTrue(err.toString().contains("\tat "), err.toString());
    }
}
