package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.advisorycompare.model.Source;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the collector last checked a source is a fact of its records ({@code collected/state.json}), later than the
 * newest document when the advice did not change: the home page, the country's headline and the chart's time axis
 * say it, and a rebuild of the same content says the same.
 */
class CollectionRecordsIT {
    @TempDir
    Path dir;

    @Test
    void theLastCheckOfTheCollectorIsShownOnTheHomePageTheHeadlineAndTheChart() throws IOException {
        TestSite site = new TestSite(dir).with(Source.UK, null, "2025-09-01T08:00:00Z", SiteBuildIT.UK_CI.formatted(
                "1 September 2025", "30 August 2025", "Test note one.", "all but essential", "version one"));
        assertThat(site.build(SiteBuildIT.BASE).errors()).isEmpty();
        assertThat(site.html("index.html").select("#freshness").text()).startsWith("The newest document here was retrieved on 2025-09-01");
        assertThat(headline(site)).doesNotContain("Last checked by the collector");
        String before = site.text("countries/cote-d-ivoire/index.html");

        checked(site, "2026-11-30T06:00:00Z");
        assertThat(site.build(SiteBuildIT.BASE).errors()).isEmpty();
        assertThat(site.html("index.html").select("#freshness").text())
                .startsWith("The collector last checked the sources on 2026-11-30 (UK advice for");
        assertThat(headline(site)).contains("Newest documents here: US none; UK retrieved 2025-09-01.")
                .contains("Last checked by the collector: US never; UK 2026-11-30.");
        assertThat(site.text("countries/cote-d-ivoire/index.html")).isNotEqualTo(before).contains("2026");

        checked(site, "2026-12-01T06:00:00Z");
        site.build(SiteBuildIT.BASE);
        assertThat(headline(site)).as("a new check is a change of the content: the next build says it")
                .contains("UK 2026-12-01.");
    }

    private static String headline(TestSite site) {
        Document page = site.html("countries/cote-d-ivoire/index.html");
        return page.select(".headline").text();
    }

    /** The collector's record of one check of the UK's Côte d'Ivoire page, as collect writes it. */
    private static void checked(TestSite site, String when) throws IOException {
        Files.writeString(site.content().resolve("collected/state.json"), """
                {
                  "validators" : { },
                  "lastChecked" : {
                    "uk/ci|https://www.gov.uk/api/content/foreign-travel-advice/cote-d-ivoire" : "%s"
                  },
                  "lastItemCount" : { },
                  "lastIndex" : { }
                }
                """.formatted(when));
    }
}
