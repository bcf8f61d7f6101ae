package org.advisorycompare.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.advisorycompare.model.Progress;

/**
 * Prints the progress of {@code build} and {@code import}. On a terminal, one line rewritten in place, at most
 * ten times a second: "converting archive folders: 120/400 (35/s, about 8 s left)"; elsewhere (a log file, CI)
 * only each work's last line, "converting archive folders: 400 in 11.4 s", with no carriage returns.
 */
final class ProgressLine implements Progress {
    private static final long EVERY = 100_000_000L;
    private final PrintWriter out;
    private final boolean terminal;
    private final Map<String, Long> started = new HashMap<>();
    private long shown;

    ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void at(String work, int done, int total) {
        long now = System.nanoTime();
        long start = started.computeIfAbsent(work, w -> now);
        double seconds = (now - start) / 1e9;
        if (done >= total) {
            started.remove(work);
            String line = String.format(java.util.Locale.ROOT, "%s: %d in %.1f s", work, total, seconds);
            out.print(terminal ? "\r" + ProgressPrinter.pad(line) + "\n" : line + "\n");
        } else if (terminal && now - shown >= EVERY) {
            out.print("\r" + ProgressPrinter.pad(String.format(java.util.Locale.ROOT, "%s: %d/%d%s", work, done, total, rate(done, total,
                    seconds))));
        } else {
            return;
        }
        shown = now;
        out.flush();
    }

    /** " (35/s, about 8 s left)" once there is a rate to go by. */
    private static String rate(int done, int total, double seconds) {
        if (seconds < 0.5 || done == 0) {
            return "";
        }
        double perSecond = done / seconds;
        return String.format(java.util.Locale.ROOT, " (%.0f/s, about %.0f s left)", perSecond, (total - done) / perSecond);
    }
}
