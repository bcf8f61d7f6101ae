package org.advisorycompare.cli;

import java.io.PrintWriter;
import org.advisorycompare.collect.CollectListener;

/**
 * Prints a collect run. On a terminal, each source has one progress line that is rewritten in place
 * ("uk: 12/226 fetched, 3 new, ...") and messages are printed above it; elsewhere (a log file, CI)
 * messages and each source's final line are plain lines, with no carriage returns.
 */
final class ProgressPrinter implements CollectListener {
    private static final int WIDTH = 100;
    private final PrintWriter out;
    private final boolean terminal;
    private String current;

    ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void message(String line) {
        if (terminal) {
            out.print("\r" + pad(line) + "\n");
            if (current != null) {
                out.print("\r" + pad(current));
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public synchronized void progress(Progress progress) {
        if (!terminal) {
            CollectListener.super.progress(progress);
            return;
        }
        current = progress.finished() ? null : progress.line();
        out.print("\r" + pad(progress.line()) + (progress.finished() ? "\n" : ""));
        out.flush();
    }

    /** The line cut or padded to the width, so that a shorter line fully covers a longer one. */
    static String pad(String line) {
        return line.length() >= WIDTH ? line.substring(0, WIDTH) : line + " ".repeat(WIDTH - line.length());
    }
}
