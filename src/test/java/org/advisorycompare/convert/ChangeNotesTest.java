package org.advisorycompare.convert;

import org.advisorycompare.read.RawDocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.junit.jupiter.api.Test;

/** A change-history page fills in the note and date a capture did not state, and only what it can know. */
class ChangeNotesTest {
    private static final String PAGE = """
            # Mali

            ## Change History

            ### 2025

            **30 October 2025**
            <br />FCDO now advises against all travel to the capital city of Bamako.

            **24 October 2025**
            <br />Updated information about blockades  ('Warnings and insurance' page).
            """;
    private final ChangeHistory history = ChangeHistory.read(RawDocument.single("history.md", PAGE.getBytes(StandardCharsets.UTF_8)),
            "2026-07-11T05:20:36Z", "uk/ml/20260711T052036Z-0270edecb92a.md");

    private static AdvisoryVersion version(String retrieved, StatedDate updated, String note) {
        return new AdvisoryVersion(Countries.standard().byIso("ML").orElseThrow(), Source.UK, "v1", "Mali", Level.UNKNOWN,
                StatedDate.UNKNOWN, updated, StatedDate.UNKNOWN, note, Details.NONE,
                new Provenance("FCDO", "capture", null, retrieved, "abc", "OGL", "uk/ml/x"), List.of(), "Body.\n");
    }

    @Test
    void theHistoryListsItsEntriesNewestFirst() {
        assertThat(history.entries()).extracting(e -> e.date().day() + " " + e.note()).containsExactly(
                "2025-10-30 FCDO now advises against all travel to the capital city of Bamako.",
                "2025-10-24 Updated information about blockades ('Warnings and insurance' page).");
    }

    @Test
    void anUndatedCaptureGetsTheEntryThePageShowedOnItsDay() {
        AdvisoryVersion filled = ChangeNotes.fill(version("2025-10-27T09:00:00Z", StatedDate.UNKNOWN, null), List.of(history));
        assertThat(filled.changeNote()).startsWith("Updated information about blockades");
        assertThat(filled.updated().day()).isEqualTo("2025-10-24");
        assertThat(filled.details().readFrom().changeNote()).contains("change history", "uk/ml/20260711T052036Z");
        assertThat(filled.details().readFrom().date()).contains("change history");
    }

    @Test
    void aDatedVersionGetsOnlyTheEntryOfItsOwnDay() {
        assertThat(ChangeNotes.fill(version("2025-10-31T06:00:00Z", new StatedDate("2025-10-30", "30 October 2025"), null),
                List.of(history)).changeNote()).startsWith("FCDO now advises");
        assertThat(ChangeNotes.fill(version("2025-10-28T06:00:00Z", new StatedDate("2025-10-27", "27 October 2025"), null),
                List.of(history)).changeNote()).as("no entry of that day").isNull();
    }

    @Test
    void aCaptureAfterTheHistoryOrANoteAlreadyStatedIsLeftAlone() {
        assertThat(ChangeNotes.fill(version("2026-08-01T00:00:00Z", StatedDate.UNKNOWN, null), List.of(history)).changeNote())
                .as("the history cannot know what was published after it").isNull();
        AdvisoryVersion stated = version("2025-10-27T09:00:00Z", new StatedDate("2025-10-24", "24 October 2025"), "Its own note.");
        assertThat(ChangeNotes.fill(stated, List.of(history))).isSameAs(stated);
    }
}
