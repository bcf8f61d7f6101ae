package org.advisorycompare.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;

class HistoryTest {
    static AdvisoryVersion version(String id, String updated, Level level, String note) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.UK, id, "t", level,
                StatedDate.UNKNOWN, updated == null ? StatedDate.UNKNOWN : new StatedDate(updated, updated),
                StatedDate.UNKNOWN, note, Details.NONE,
                new Provenance("o", "k", null, "2025-11-01T00:00:00Z", "sha", "l", "f"), List.of(), "body " + id);
    }

    static Level national(int n) {
        return new Level(n, "words " + n, null, null);
    }

    @Test
    void labelsEachVersionAgainstThePreviousOneInDateOrder() {
        List<Change> changes = History.of(List.of(
                version("e", "2025-10-05", national(3), "note e"),
                version("a", "2025-10-01", national(3), "note a"),
                version("b", "2025-10-02", national(4), "note b"),
                version("c", "2025-10-03", national(2), "note c"),
                version("d", "2025-10-04", new Level(2, "words 2", 4, "parts"), "note d")));
        assertThat(changes).extracting(c -> c.version().versionId() + ":" + c.kind().key()).containsExactly(
                "a:first", "b:level_raised", "c:level_lowered", "d:regional_change", "e:level_raised");
        assertThat(changes.get(1)).extracting(Change::fromLevel, Change::toLevel).containsExactly(3, 4);
    }

    @Test
    void textChangeWithANewNoteOrDateIsTextChanged() {
        assertThat(History.label(version("a", "2025-10-01", national(4), "one"), version("b", "2025-10-01", national(4), "two")))
                .isEqualTo(ChangeKind.TEXT_CHANGED);
        assertThat(History.label(version("a", "2025-10-01", national(4), "one"), version("b", "2025-10-02", national(4), "one")))
                .isEqualTo(ChangeKind.TEXT_CHANGED);
    }

    @Test
    void textChangeWithTheSameNoteAndDateIsASilentEdit() {
        assertThat(History.label(version("a", "2025-10-01", national(4), "one"), version("b", "2025-10-01", national(4), "one")))
                .isEqualTo(ChangeKind.SILENT_EDIT);
    }

    @Test
    void anUnknownLevelIsNeverReportedAsARaiseOrALowering() {
        assertThat(History.label(version("a", "2025-10-01", Level.UNKNOWN, "one"), version("b", "2025-10-02", national(4), "two")))
                .isEqualTo(ChangeKind.LEVEL_STATED);
    }

    /** Regression (Mali, 30 October 2025): a national level that goes from unknown to known was labelled regional_change. */
    @Test
    void aNationalLevelAppearingOrDisappearingHasALabelOfItsOwn() {
        assertThat(History.label(version("a", "2025-10-29", Level.UNKNOWN, "one"), version("b", "2025-10-30", national(4), "one")))
                .isEqualTo(ChangeKind.LEVEL_STATED);
        assertThat(History.label(version("a", "2025-10-29", national(4), "one"), version("b", "2025-10-30", Level.UNKNOWN, "one")))
                .isEqualTo(ChangeKind.LEVEL_UNSTATED);
        assertThat(ChangeKind.LEVEL_STATED.isLevelChange()).isFalse();
    }

    /** Regression (Mali): an undated embassy alert imported without --published became the current US advice. */
    @Test
    void aVersionWithoutAStatedDateNeverBecomesCurrentOverDatedOnes() {
        List<Change> history = History.of(List.of(version("dated", "2023-07-31", national(4), "advisory"),
                version("undated", null, Level.UNKNOWN, "alert")));
        assertThat(history.get(history.size() - 1).version().versionId()).isEqualTo("dated");
    }

    /**
     * Regression (Burkina Faso, both UK archives imported): undated text captures sorted before every dated version,
     * which made a "Level lowered N4 → N3" that never happened. They keep their place by retrieval day instead.
     */
    @Test
    void undatedCapturesKeepTheirPlaceInTimeAndNeverBecomeCurrent() {
        List<Change> history = History.of(List.of(version("a", "2025-02-03", national(3), "a"),
                retrieved(version("b", null, national(3), "b"), "2025-03-01T06:00:00Z"),
                version("c", "2025-07-25", national(4), "c"),
                retrieved(version("d", null, national(4), "d"), "2025-08-01T06:00:00Z")));
        assertThat(history).filteredOn(c -> c.kind().isLevelChange()).extracting(Change::kind).containsExactly(ChangeKind.LEVEL_RAISED);
        assertThat(history.get(history.size() - 1).version().versionId()).isEqualTo("c");
    }

    private static AdvisoryVersion retrieved(AdvisoryVersion v, String when) {
        Provenance p = v.provenance();
        return new AdvisoryVersion(v.country(), v.source(), v.versionId(), v.title(), v.level(), v.published(), v.updated(),
                v.reviewed(), v.changeNote(), v.details(), new Provenance(p.organisation(), p.documentKind(), p.url(), when,
                        p.sha256(), p.licence(), p.collectedFile()), v.reviews(), v.content());
    }
}
