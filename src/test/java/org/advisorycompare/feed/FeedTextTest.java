package org.advisorycompare.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.History;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;

class FeedTextTest {
    private static final String LINK = "https://site.test/countries/mali/uk/b/diff/";

    private static AdvisoryVersion version(String id, String updated, String body) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.UK, id, "Mali travel advice",
                new Level(3, "FCDO advises against all but essential travel", null, null), StatedDate.UNKNOWN,
                new StatedDate(updated, updated), StatedDate.UNKNOWN, "Note " + id, Details.NONE,
                new Provenance("FCDO", "collected", "https://www.gov.uk/foreign-travel-advice/mali",
                        "2025-11-01T00:00:00Z", "sha", "Open Government Licence v3.0", "f"), List.of(), body);
    }

    private static Change change() {
        return History.of(List.of(version("a", "2025-10-01", "## Safety\n\nRoads are open."),
                version("b", "2025-10-02", "## Safety\n\nRoads are closed at night."))).get(1);
    }

    @Test
    void anEntryWithinTheNewestCarriesItsChangesUpToTheBudget() {
        assertThat(FeedText.descriptionHtml(change(), LINK, 4000)).contains("Change note: Note b", "<ins>[added:",
                "<del>[removed:", "See what changed").doesNotContain(FeedText.CHANGES_ON_PAGE);
        assertThat(FeedText.summary(change(), 4000)).contains("Change note: Note b", "closed");
    }

    @Test
    void anOlderEntryCarriesItsNoteLevelAndLinksButLeavesItsChangesToTheirPage() {
        String html = FeedText.descriptionHtml(change(), LINK, FeedText.NO_CHANGES);
        assertThat(html).contains("Change note: Note b", "Level: FCDO advises against all but essential travel (N3)",
                "What changed is on the change", "<a href=\"" + LINK + "\">See what changed</a>", "Official source")
                .doesNotContain("<ins>", "<del>", "closed");
        assertThat(FeedText.summary(change(), FeedText.NO_CHANGES)).contains("Change note: Note b", "What changed is on")
                .doesNotContain("closed");
    }
}
