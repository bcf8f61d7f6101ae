package org.advisorycompare.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The hostile suite's checks find each executable payload class when it is there, raw: they can fail. */
class ExecutableContentTest {
    private static final Path FILE = Path.of("page.html");
    private static final String HEAD = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
            + "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'\"></head><body>";

    @Test
    void everyExecutablePayloadClassLeftRawIsFound() {
        for (Map.Entry<String, String> payload : Payloads.html().entrySet()) {
            if (java.util.Set.of("template injection", "formula", "attribute breakout").contains(payload.getKey())) {
                continue; // harmless where it stands: it matters only if a template or CSV put it somewhere else
            }
            assertThat(ExecutableContent.inMarkup(FILE, Jsoup.parseBodyFragment(payload.getValue()), false))
                    .as(payload.getKey()).isNotEmpty();
        }
    }

    @Test
    void theSitesOwnPageShapeIsClean() {
        String page = HEAD + "<link rel=\"stylesheet\" href=\"../assets/site.css\"><link rel=\"canonical\" href=\"https://site.test/\">"
                + "<a href=\"https://www.gov.uk/foreign-travel-advice/mali\">GOV.UK</a><a href=\"../mali/\">Mali</a>"
                + "<form id=\"filters\"><select name=\"level\"></select></form><script src=\"../assets/table.js\"></script></body></html>";
        assertThat(ExecutableContent.inPage(FILE, page)).isEmpty();
    }

    @Test
    void aPageWithoutTheStrictPolicyIsFound() {
        assertThat(ExecutableContent.inPage(FILE, "<!DOCTYPE html><html><head></head><body></body></html>")).hasSize(4);
    }

    @Test
    void aFeedTitleWithMarkupAndAScriptLinkAreFound() {
        String rss = "<rss><channel><title>t</title><item><title>Mali &lt;script&gt;alert(1)&lt;/script&gt;</title>"
                + "<link>javascript:alert(1)</link><description>&lt;img src=x onerror=alert(1)&gt;</description></item></channel></rss>";
        assertThat(ExecutableContent.inFeed(FILE, rss)).hasSize(3);
    }

    @Test
    void formulaCellsAreFoundQuotedOrNot() {
        assertThat(ExecutableContent.formulaCells(FILE, "a,b\n\"=HYPERLINK(\"\"x\"\")\",+1\n'=safe,@SUM(1)\n")).hasSize(3);
    }
}
