package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: two versions of one day (a morning update and an afternoon correction, the same stated date) were
 * listed in the wrong order on the history page. Newest first means the one seen later comes first.
 */
class SameDayOrderIT {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void versionsOfOneDayAreListedNewestSeenFirst() {
        TestSite site = new TestSite(dir)
                .with(Source.UK, null, "2025-09-01T08:00:00Z", SiteBuildIT.UK_CI.formatted("1 September 2025",
                        "1 September 2025", "Morning update.", "all but essential", "the morning text"))
                .with(Source.UK, null, "2025-09-01T15:00:00Z", SiteBuildIT.UK_CI.formatted("1 September 2025",
                        "1 September 2025", "Afternoon correction.", "all but essential", "the afternoon text"));
        assertThat(site.build(SiteBuildIT.BASE).errors()).isEmpty();
        List<String> history = site.html("countries/cote-d-ivoire/history/index.html").select("main li, main article")
                .eachText().stream().filter(t -> t.contains("Morning update") || t.contains("Afternoon correction")).toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).contains("Afternoon correction");
        assertThat(history.get(1)).contains("Morning update");
    }
}
