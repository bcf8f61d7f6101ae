package org.advisorycompare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * The tree is cleaned and converted as it is; before, it was serialised, parsed again by the cleaner,
     * serialised again and parsed again by the converter. Both must give the same Markdown, including
     * where the tidying left neighbouring text nodes (spaces moved out of emphasis, furniture removed
     * between two texts) and where the cleaner dropped an element but kept its children.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Do<b> not </b>travel<strong> to</strong>Mali .</p>",
        "<p>Before<nav>menu</nav>after, <span>and</span> <i> more </i>.</p>",
        "  <p>Leading spaces</p> trailing text <section><h1><b>Heading</b></h1><p>In a section &amp; &lt;tag&gt; &nbsp;x</p></section>",
        "Do not travel <p>to <b>Mali</b> due to crime.</p><p>Line<br>break<br><br>twice</p>",
        "<div><p>One</p>text between<p>Two</p></div><ul><li>a<em> b</em>c</li><li><a href='/x'>link</a> after</li></ul>",
        "<table><tr><th>Level</th><th>Area</th></tr><tr><td>4<b> </b></td><td>North <script>x()</script>east</td></tr></table>",
        "<p>1<font></font>. Not a list</p><p>#<font></font> not a heading</p><p>-<b></b> not an item</p>",
        "<p>*<font>not</font>* emphasis, [<font>not</font>](a link) and <b>**</b>stars</p>",
        "<p>Mal<b>i</b> and <font color=red>red</font> text<label> label</label><figure>figure text</figure></p>",
    })
    void cleaningTheTreeGivesTheSameMarkdownAsCleaningItsSerialisedHtml(String html) {
        String base = "https://www.gov.uk/foreign-travel-advice/mali";
        Document dirty = Jsoup.parseBodyFragment(html, base);
        dirty.outputSettings().prettyPrint(false);
        HtmlMarkdown.removeFurniture(dirty);
        HtmlMarkdown.tidyHeadings(dirty);
        HtmlMarkdown.joinLeadingText(dirty);
        HtmlMarkdown.tidyEmphasis(dirty);
        String clean = Jsoup.clean(dirty.body().html(), base, HtmlMarkdown.SAFE,
                new Document.OutputSettings().prettyPrint(false));
        String reparsed = HtmlMarkdown.withoutSpaceAfterEmphasis(HtmlMarkdown.CONVERTER.convert(clean));
        assertThat(HtmlMarkdown.markdown(html, base)).isEqualTo(reparsed.replace("\\&", "&"));
    }
}
