package org.advisorycompare.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlMarkdownTest {
    /** The regular expression the scan replaced; the scan must remove exactly what it removed. */
    private static final Pattern SPACE_AFTER_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_) +([.,;:!?])");

    @Test
    void theSpaceFlexmarkLeavesBetweenEmphasisAndPunctuationGoes() {
        assertThat(HtmlMarkdown.withoutSpaceAfterEmphasis("Do **not** travel . See _this_ , and *that*  !"))
                .isEqualTo("Do **not** travel . See _this_, and *that*!");
        assertThat(HtmlMarkdown.withoutSpaceAfterEmphasis(" * .")).isEqualTo(" *.");
        assertThat(HtmlMarkdown.withoutSpaceAfterEmphasis("no emphasis here.")).isEqualTo("no emphasis here.");
    }

    @Test
    void theScanRemovesExactlyWhatTheRegularExpressionRemoved() {
        Random random = new Random(7);
        String alphabet = "*_ .,;:!?ab\n";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(HtmlMarkdown.withoutSpaceAfterEmphasis(input)).as("for %s", input.replace("\n", "\\n"))
                    .isEqualTo(SPACE_AFTER_EMPHASIS.matcher(input).replaceAll("$1$2"));
        }
    }
}
