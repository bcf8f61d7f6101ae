package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.advisorycompare.Golden;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public contracts of one country, pinned: its page, its three feeds and its open data, built from the seeds and
 * the synthetic Côte d'Ivoire fixtures of {@link SiteBuildIT}. A change to any of them shows here as a diff to read
 * (regenerate with {@code -Dgolden.update=true} after an intended change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicContractGoldenIT {
    @TempDir
    static Path dir;
    TestSite site;

    @BeforeAll
    void build() {
        site = new TestSite(dir).withProjectArchive()
                .with(Source.UK, null, "2025-09-01T08:00:00Z", SiteBuildIT.UK_CI.formatted("1 September 2025", "30 August 2025",
                        "Test note one.", "all but essential", "version one"))
                .with(Source.UK, null, "2025-10-01T08:00:00Z", SiteBuildIT.UK_CI.formatted("1 October 2025", "30 September 2025",
                        "Test note two.", "all", "version two"))
                .with(Source.US, null, "2025-09-06T08:00:00Z",
                        "Côte d'Ivoire, September 5, 2025 - Test fixture sentence: Level 2: Exercise Increased Caution.\n");
        site.build(SiteBuildIT.BASE);
    }

    @Test
    void theCountryPageIsAsPinned() {
        Golden.assertMatches("site/countries/cote-d-ivoire/index.html", site.text("countries/cote-d-ivoire/index.html"));
    }

    @Test
    void theCountryFeedsAreAsPinned() {
        for (String feed : new String[] {"feed.xml", "atom.xml", "feed.json"}) {
            Golden.assertMatches("site/countries/cote-d-ivoire/" + feed, site.text("countries/cote-d-ivoire/" + feed));
        }
    }

    /** The open data's content pinned (its keys and values are the contract; it is published compact, pinned indented to read). */
    @Test
    void theOpenDataIsAsPinned() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String published = site.text("data/countries/CI.json");
        assertThat(published).doesNotContain("\n  ").endsWith("}\n");
        Golden.assertMatches("site/data/countries/CI.json", json.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(json.readTree(published)) + "\n");
        Golden.assertMatches("site/data/advisories.csv", site.text("data/advisories.csv"));
    }
}
