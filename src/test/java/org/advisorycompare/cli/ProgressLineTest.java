package org.advisorycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void offATerminalOnlyEachWorksLastLineIsPrintedWithoutCarriageReturns() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), false);
        for (int i = 1; i <= 400; i++) {
            line.at("converting archive folders", i, 400);
        }
        line.at("rendering countries", 1, 1);
        assertThat(text.toString()).doesNotContain("\r").hasLineCount(2)
                .containsPattern("(?m)^converting archive folders: 400 in \\d+\\.\\d s$")
                .containsPattern("(?m)^rendering countries: 1 in \\d+\\.\\d s$");
    }

    @Test
    void onATerminalOneLineIsRewrittenInPlaceAndEndsWithTheTotal() throws InterruptedException {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true);
        line.at("importing files", 1, 3);
        Thread.sleep(120);
        line.at("importing files", 2, 3);
        line.at("importing files", 3, 3);
        String printed = text.toString();
        assertThat(printed).startsWith("\rimporting files: 1/3").contains("\rimporting files: 2/3")
                .endsWith("\n").containsPattern("\rimporting files: 3 in \\d+\\.\\d s +\n$");
        assertThat(printed.split("\r")).allSatisfy(part -> assertThat(part.strip().length()).isLessThanOrEqualTo(100));
    }
}
