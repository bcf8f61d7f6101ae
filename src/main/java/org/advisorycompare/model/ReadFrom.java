package org.advisorycompare.model;

/**
 * Where in its document each fact of a version was read: the part or field its level came from ("the 'Warnings
 * and insurance' part", "the item's title", "details.alert_status"), its date ("info.json update_date", "the
 * 'Updated' line") and its change note ("the 'Latest update' line"). Null where the fact is not stated.
 */
public record ReadFrom(String level, String date, String changeNote) {
    public static final ReadFrom NONE = new ReadFrom(null, null, null);

    @Override
    public String toString() {
        return RecordText.of("ReadFrom", level, date, changeNote);
    }
}
