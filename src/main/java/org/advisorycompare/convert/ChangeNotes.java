package org.advisorycompare.convert;

import java.util.List;
import java.util.Optional;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.ReadFrom;
import org.advisorycompare.model.StatedDate;

/**
 * Fills in, from the government's change-history pages, the change note (and the "Updated" date) a version's own
 * capture did not state: for a dated version, the entry of its own day; for an undated one (a text capture keeps
 * neither), the entry the page showed on the day it was captured, the newest on or before it. Only a history
 * captured on or after that day is asked; what is filled says where it was read.
 */
final class ChangeNotes {
    private ChangeNotes() {
    }

    static AdvisoryVersion fill(AdvisoryVersion v, List<ChangeHistory> histories) {
        boolean dated = v.effectiveDate().known();
        if (histories.isEmpty() || v.changeNote() != null && dated) {
            return v;
        }
        String day = dated ? v.effectiveDate().day() : v.provenance().retrieved().substring(0, 10);
        for (ChangeHistory history : histories) {
            Optional<ChangeHistory.Entry> shown = history.shownOn(day).filter(e -> !dated || e.date().day().equals(day));
            if (shown.isPresent()) {
                return filled(v, shown.get(), history.source(), dated);
            }
        }
        return v;
    }

    private static AdvisoryVersion filled(AdvisoryVersion v, ChangeHistory.Entry entry, String source, boolean dated) {
        String where = "the government's change history (" + source + ")";
        ReadFrom read = v.details().readFrom();
        String note = v.changeNote() != null ? v.changeNote() : entry.note();
        StatedDate updated = dated ? v.updated() : entry.date();
        ReadFrom from = new ReadFrom(read.level(), dated ? read.date() : where + ", its latest entry on the capture day",
                v.changeNote() != null ? read.changeNote() : where);
        return new AdvisoryVersion(v.country(), v.source(), v.versionId(), v.title(), v.level(), v.published(), updated,
                v.reviewed(), note, v.details().withReadFrom(from), v.provenance(), v.reviews(), v.content());
    }
}
