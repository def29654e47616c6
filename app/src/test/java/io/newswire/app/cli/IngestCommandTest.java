package io.newswire.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.Newswire;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class IngestCommandTest {

    @Test
    void shouldExitNonZeroNamingAMissingPathBeforeConnecting() {
        StringWriter err = new StringWriter();
        // An unreachable broker would take a minute to fail: the check must come first.
        int code = Newswire.commandLine().setErr(new PrintWriter(err))
                .execute("ingest", "--bootstrap-servers", "127.0.0.1:1", "/no/such/path");
        assertEquals(2, code);
        assertTrue(err.toString().contains("no such file or directory: /no/such/path"), err.toString());
    }
}
