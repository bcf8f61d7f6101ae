package org.advisorycompare.compare;

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

class KeyDifferencesTest {
    private static AdvisoryVersion version(String id, String day, Level level) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.US, id, "t", level,
                new StatedDate(day, day), StatedDate.UNKNOWN, StatedDate.UNKNOWN, null, Details.NONE,
                new Provenance("o", "k", null, day + "T00:00:00Z", "sha", "l", "f"), List.of(), "body " + id);
    }

    /** Regression (Mali): "US Level 4 since 2025-10-30" because a level-less embassy alert came between; it was Level 4 since 2023. */
    @Test
    void sinceCountsOnlyDocumentsThatStateALevel() {
        Level four = new Level(4, "Level 4: Do Not Travel", null, null);
        List<Change> history = History.of(List.of(version("a", "2023-07-31", four), version("alert", "2025-10-29", Level.UNKNOWN),
                version("b", "2025-10-30", four)));
        assertThat(KeyDifferences.levelLine("US", history)).isEqualTo("US: Level 4: Do Not Travel (N4) since 2023-07-31.");
        List<Change> changed = History.of(List.of(version("a", "2023-07-31", new Level(3, "Level 3: Reconsider Travel", null, null)),
                version("b", "2025-10-30", four)));
        assertThat(KeyDifferences.levelLine("US", changed)).isEqualTo("US: Level 4: Do Not Travel (N4) since 2025-10-30.");
    }

    @Test
    void aLevelTheSiteDerivedIsSaidInTheSitesVoice() {
        Level derived = new Level(1, "No advice against travel to the whole country on the 'Warnings and insurance' page", 4,
                "FCDO advises against all travel to Gaza", true, null, "FCDO advises against all travel to Gaza");
        assertThat(KeyDifferences.levelLine("UK", History.of(List.of(version("a", "2026-06-03", derived)))))
                .startsWith("UK: this site's reading: No advice against travel to the whole country");
    }
}
