package org.advisorycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.advisorycompare.collect.CollectListener.Progress;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private final StringWriter text = new StringWriter();

    private void run(boolean terminal) {
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), terminal);
        printer.progress(new Progress("uk", 1, 2, 0, 0, 0, 0, false));
        printer.progress(new Progress("uk", 2, 2, 0, 0, 0, 0, false));
        printer.message("uk/ML: new version recorded");
        printer.progress(new Progress("uk", 2, 2, 1, 1, 0, 0, true));
    }

    @Test
    void onATerminalOneLinePerSourceIsRewrittenInPlaceWithMessagesAbove() {
        run(true);
        String out = text.toString();
        assertThat(out.split("\n")).hasSize(2);
        String[] screen = out.split("\n");
        assertThat(screen[0]).startsWith("\ruk: 1/2 fetched").contains("\ruk: 2/2 fetched").endsWith("\ruk/ML: new version recorded"
                + " ".repeat(100 - "uk/ML: new version recorded".length()));
        assertThat(screen[1]).as("the progress line is redrawn below the message, then finished")
                .startsWith("\ruk: 2/2 fetched, 0 new").contains("\ruk: 2/2 fetched, 1 new, 1 unchanged, 0 failed, 0 set aside");
        assertThat(out).endsWith("\n");
    }

    @Test
    void elsewhereMessagesAndEachSourcesFinalLineArePlainLines() {
        run(false);
        assertThat(text.toString()).doesNotContain("\r").isEqualTo("uk/ML: new version recorded" + System.lineSeparator()
                + "uk: 2/2 fetched, 1 new, 1 unchanged, 0 failed, 0 set aside" + System.lineSeparator());
    }
}
