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

/** The country page's dated headline says where each side stands since when, who moved last and first, and how fresh each is. */
class HeadlineTest {
    private static AdvisoryVersion version(Source source, String id, String updated, Level level, String retrieved) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), source, id, "t", level, StatedDate.UNKNOWN,
                new StatedDate(updated, updated), StatedDate.UNKNOWN, "note " + id, Details.NONE,
                new Provenance("o", "k", null, retrieved, "sha", "l", "f"), List.of(), "body " + id);
    }

    private static Level national(int n) {
        return new Level(n, "words " + n, null, null);
    }

    private final List<Change> us = History.of(List.of(version(Source.US, "u1", "2023-07-31", national(4), "2025-04-09T09:00:00Z")));
    private final List<Change> uk = History.of(List.of(version(Source.UK, "k1", "2025-10-24", national(3), "2025-10-25T06:00:00Z"),
            version(Source.UK, "k2", "2025-10-30", national(4), "2025-10-31T06:00:00Z")));

    @Test
    void bothAtOneLevelSaySinceWhenAndWhoMovedFirst() {
        assertThat(Headline.of(us, uk)).containsExactly(
                "Both governments' national advice is at N4 (do not travel): the US's since 2023-07-31, the UK's since 2025-10-30.",
                "The UK last raised its national advice, from N3 to N4, on 2025-10-30; the US had been at N4 since 2023-07-31, so the US moved first.",
                "Newest documents here: US retrieved 2025-04-09; UK retrieved 2025-10-31. The US advice shown is 822 days older"
                        + " than the other's: check the government's own page for anything newer.");
    }

    @Test
    void aMissingSideAndADerivedLevelAreSaidInTheSitesWords() {
        Level derived = new Level(1, "No advice against travel to the whole country", 4, "FCDO advises against all travel to Gaza",
                true, null, null);
        List<Change> ukDerived = History.of(List.of(version(Source.UK, "k3", "2026-06-03", derived, "2026-06-04T00:00:00Z")));
        assertThat(Headline.of(List.of(), ukDerived).get(0)).isEqualTo("No US advice has been collected; the UK's national advice"
                + " is at N1 (normal precautions) since 2026-06-03, as this site reads its advice for the parts of the country.");
    }
}
