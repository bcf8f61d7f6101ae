package org.advisorycompare.model;

/**
 * A date as a document states it: the normalised ISO-8601 value (a date {@code 2025-10-30} or an
 * instant {@code 2025-10-30T21:01:05Z}) beside the source's own wording. Both are null when the
 * document does not state the date: that is "unknown", never a guess.
 */
public record StatedDate(String iso, String stated) {
    public static final StatedDate UNKNOWN = new StatedDate(null, null);

    public boolean known() {
        return iso != null;
    }

    /** The first ten characters of the ISO value: the calendar day, for sorting and display. */
    public String day() {
        return iso == null ? null : iso.substring(0, Math.min(10, iso.length()));
    }

    /** This date if known, otherwise the other one. */
    public StatedDate or(StatedDate other) {
        return known() ? this : other;
    }

    @Override
    public String toString() {
        return RecordText.of("StatedDate", iso, stated);
    }
}
