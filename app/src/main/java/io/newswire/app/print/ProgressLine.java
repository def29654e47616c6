package io.newswire.app.print;

import io.newswire.producer.FileIngestor;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Bulk-ingest progress: a bar redrawn in place on a terminal, or a plain line every few seconds when
 * the output goes to a file or a pipe (a log should not fill with carriage returns).
 */
public final class ProgressLine implements FileIngestor.Progress {

    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint;

    public ProgressLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public static ProgressLine forConsole() {
        return new ProgressLine(System.err, System.console() != null);
    }

    @Override
    public void update(int done, int total) {
        long now = System.nanoTime();
        boolean last = done >= total;
        if (!last && now - lastPrint < (terminal ? REDRAW_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        String text = String.format(Locale.ROOT, "%d/%d files, %.0f/s, ETA %s", done, total, rate, eta < 0 ? "?" : eta + "s");
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            out.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + text + (last ? "\n" : ""));
        } else {
            out.println("ingest: " + text);
        }
        out.flush();
    }
}
