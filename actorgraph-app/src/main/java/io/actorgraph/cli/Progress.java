package io.actorgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr (articles done, rate, time left), drawn only when stderr
 * is a terminal so that logs and pipes stay clean.
 */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = total > 1 && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    synchronized void update(int done, int sentences) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - started) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        int width = 30;
        int filled = (int) Math.round((double) done / total * width);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles  %.2f articles/s  %.1f sentences/s  %s left ",
                "#".repeat(filled), " ".repeat(width - filled), done, total, rate, sentences / Math.max(seconds, 1e-3),
                left >= 60 ? left / 60 + "m" + left % 60 + "s" : left + "s");
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
